import assert from 'node:assert/strict';
import { test } from 'node:test';
import { festivalNames } from '../../../server/src/analysis/entities/festivalNames';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of arts news of the 2020s.

const gazetteer = placesGazetteer([], ['Apple'], ['Cinelandia', 'Mirabelle']);
const apply = (text: string, ms: RawMention[]) => shown(text, festivalNames(text, ms, tokenize(text).tokens, gazetteer));

test('a coined word with a jury is a festival, and so is every other mention of it ("the X jury" … "at the X")', () => {
  const text = 'The drama premiered at the Cinelandia on Friday. The Cinelandia jury will hand out its prizes next week.';
  const ms = [at(text, 'Cinelandia', 'organization'), at(text, 'Cinelandia', 'person', 'detected', 40)];
  assert.deepEqual(apply(text, ms), ['Cinelandia/misc', 'Cinelandia/misc']);
});

test('a coined word with an edition before it is an event ("this year\'s X")', () => {
  const text = 'Three debut features will compete at this year\'s Mirabelle.';
  assert.deepEqual(apply(text, [at(text, 'Mirabelle', 'person')]), ['Mirabelle/misc']);
});

test('a known company with an edition before it stays a company ("this year\'s Apple event")', () => {
  const text = 'The phone was the star of this year\'s Apple event in Cupertino.';
  assert.deepEqual(apply(text, [at(text, 'Apple', 'organization')]), ['Apple/organization']);
});
