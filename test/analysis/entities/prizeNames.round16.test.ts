import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prizeNames } from '../../../server/src/analysis/entities/prizeNames';
import { at, run, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of science and culture news.

test('a prize takes in the field it is given in ("the Nobel Prize in Chemistry"), the field\'s detection gives way', () => {
  const text = 'The Nobel Prize in Chemistry was shared by three researchers who designed new proteins.';
  assert.deepEqual(shown(text, prizeNames(text, [at(text, 'Nobel Prize', 'misc')])), ['Nobel Prize in Chemistry/misc']);
  const two = 'She won the Nobel Prize in Physiology or Medicine for discoveries about immune cells.';
  assert.deepEqual(shown(two, prizeNames(two, [at(two, 'Nobel Prize', 'misc'), at(two, 'Physiology or Medicine', 'location')])), ['Nobel Prize in Physiology or Medicine/misc']);
});

test('a place after "in" is where the prize was given, not its field ("the Nobel Prize in Stockholm")', () => {
  const text = 'He received the Nobel Prize in Stockholm on Tuesday evening.';
  assert.deepEqual(shown(text, prizeNames(text, [at(text, 'Nobel Prize', 'misc'), at(text, 'Stockholm', 'location')])), ['Nobel Prize/misc', 'Stockholm/location']);
});

test('an award takes in its capitalized category after "for" ("the Pulitzer Prize for Breaking News")', () => {
  const text = 'The paper won the Pulitzer Prize for Breaking News Reporting on Monday.';
  assert.deepEqual(shown(text, prizeNames(text, [at(text, 'Pulitzer Prize', 'misc'), at(text, 'Breaking News Reporting', 'organization')])), ['Pulitzer Prize for Breaking News Reporting/misc']);
  // Lower case after "for" is what the prize rewards, not its name.
  const work = 'She won the Lasker Award for her work on gene editing.';
  assert.deepEqual(shown(work, prizeNames(work, [at(work, 'Lasker Award', 'misc')])), ['Lasker Award/misc']);
});

test('a place after "for" is who the award went to ("the Fair Play Award for Japan")', () => {
  const text = 'Organizers gave the Fair Play Award for Japan after the final.';
  assert.deepEqual(shown(text, prizeNames(text, [at(text, 'Fair Play Award', 'misc'), at(text, 'Japan', 'location')])), ['Fair Play Award/misc', 'Japan/location']);
});

test('a name ending in "Award" or holding its category is misc, whatever the tagger typed it', () => {
  const text = 'The director won the Golden Horse Award for Best Feature Film in Taipei.';
  assert.deepEqual(shown(text, prizeNames(text, [at(text, 'Golden Horse Award for Best Feature Film', 'organization'), at(text, 'Taipei', 'location')])), ['Golden Horse Award for Best Feature Film/misc', 'Taipei/location']);
  const person = 'The Shaw Award is often seen as a precursor to the Nobel.';
  assert.deepEqual(run(person, [at(person, 'Shaw Award', 'person'), at(person, 'Nobel', 'misc')]), ['Shaw Award/misc', 'Nobel/misc']);
});
