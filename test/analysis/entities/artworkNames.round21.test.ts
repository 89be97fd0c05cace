import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artworkNames } from '../../../server/src/analysis/entities/artworkNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of culture news of the 2020s.

test('a famous painting named with no cue is misc, whatever the tagger made of its words ("the Mona Lisa")', () => {
  const text = 'The museum said the Mona Lisa would move to a new underground gallery by 2031.';
  assert.deepEqual(shown(text, artworkNames(text, [at(text, 'Mona Lisa', 'person')])), ['Mona Lisa/misc']);
});

test('a title that begins with "The" takes it in when the article capitalizes it, and leaves it out after a possessive', () => {
  const text = 'The Last Supper drew record crowds in Milan, and restorers said Leonardo\'s Last Supper was stable.';
  const ms = [at(text, 'Milan', 'location'), at(text, 'Leonardo', 'person')];
  assert.deepEqual(shown(text, artworkNames(text, ms)), ['The Last Supper/misc', 'Milan/location', 'Leonardo/person', 'Last Supper/misc']);
});

test('a title whose words the tagger cut is one name ("Girl with a Pearl Earring", not "Pearl Earring")', () => {
  const text = 'Girl with a Pearl Earring returns to The Hague in spring.';
  const ms = [at(text, 'Pearl Earring', 'person'), at(text, 'The Hague', 'location')];
  assert.deepEqual(shown(text, artworkNames(text, ms)), ['Girl with a Pearl Earring/misc', 'The Hague/location']);
});

test('a title inside a longer name stays that name\'s ("Mona Lisa Smile", "the Louvre Mona Lisa room")', () => {
  const text = 'She starred in Mona Lisa Smile before visiting the Louvre Mona Lisa room.';
  const ms = [at(text, 'Mona Lisa Smile', 'misc'), at(text, 'Louvre', 'location')];
  assert.deepEqual(shown(text, artworkNames(text, ms)), ['Mona Lisa Smile/misc', 'Louvre/location']);
});

test('the name right after a famous work and "by" is its maker, a person ("The Night Watch by Rembrandt")', () => {
  const text = 'The Scream by Munch will travel to Oslo, curators said.';
  const ms = [at(text, 'Munch', 'organization'), at(text, 'Oslo', 'location')];
  assert.deepEqual(shown(text, artworkNames(text, ms)), ['The Scream/misc', 'Munch/person', 'Oslo/location']);
});
