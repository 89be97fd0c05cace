import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { givenNamePeople } from '../../../server/src/analysis/entities/givenNamePeople';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of news of the 2020s.

const rare = ['Quang', 'Nhai', 'Velmora', 'Haus', 'Kelvan', 'Mbokani'];
const gazetteer = placesGazetteer([], [], rare);
const apply = (text: string, ms: RawMention[]) => shown(text, givenNamePeople(text, ms, tokenize(text).tokens, gazetteer));

test('two unseen words before a noun of a place name the place, not a person ("X Y province")', () => {
  const text = 'Landslides cut roads across Quang Nhai province after days of rain.';
  assert.deepEqual(apply(text, [at(text, 'Quang Nhai', 'organization')]), ['Quang Nhai/organization']);
});

test('two unseen words after the article name a thing, not a person ("at the X Y")', () => {
  const text = 'The premiere at the Velmora Haus drew a standing ovation.';
  assert.deepEqual(apply(text, [at(text, 'Velmora Haus', 'organization')]), ['Velmora Haus/organization']);
});

test('two unseen words that act are still a person ("X Y scored")', () => {
  const text = 'Kelvan Mbokani scored twice on Sunday.';
  assert.deepEqual(apply(text, [at(text, 'Kelvan Mbokani', 'organization')]), ['Kelvan Mbokani/person']);
});
