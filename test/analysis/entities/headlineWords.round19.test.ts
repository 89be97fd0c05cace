import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropCommonPlurals } from '../../../server/src/analysis/entities/commonPlurals';
import { trimMentionEdges } from '../../../server/src/analysis/entities/mentionEdges';
import { placeHeads } from '../../../server/src/analysis/entities/placeHeads';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Headlines and sentences written for these tests, in the style of news sites of the 2020s.

test('a singular kind noun opening a headline without a determiner is no name ("Zoo welcomes twin pandas")', () => {
  const text = 'Zoo welcomes twin pandas\nHospital in Khartoum reopens its wards';
  const ms = [at(text, 'Zoo', 'location'), at(text, 'Hospital', 'organization'), at(text, 'Khartoum', 'location')];
  assert.deepEqual(shown(text, dropCommonPlurals(text, ms)), ['Khartoum/location']);
});

test('a preposition opening a sentence or following a label\'s colon is no part of the name after it ("Across Asia, …")', () => {
  const text = 'Across Asia, lenders cut rates.\nAnalysis: Inside Brazil\'s lithium rush\nBeyond Meat shares rose.';
  const ms = [at(text, 'Across Asia', 'location'), at(text, 'Inside Brazil', 'location'), at(text, 'Beyond Meat', 'organization')];
  assert.deepEqual(shown(text, trimMentionEdges(text, ms, tokenize(text).tokens)), ['Asia/location', 'Brazil/location', 'Beyond Meat/organization']);
});

test('a name opening with a word of geography and "of" is a place, whatever body the tagger saw ("the Gulf of Aden")', () => {
  const text = 'Shipping through the Gulf of Aden fell by half.';
  assert.deepEqual(shown(text, placeHeads(text, [at(text, 'Gulf of Aden', 'organization')])), ['Gulf of Aden/location']);
});
