import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

const kinds = (text: string) => readStructure(text).blocks.map((b) => b.kind);

test('the lists of links under the story ("Related stories", "Most read", "Search Trends") and their headlines are page furniture', () => {
  const text = 'The ministry said talks would resume in Nairobi next month.\nSearch Trends\nRelated topics\nEast Africa\nRail\n'
    + 'Related stories\nKenya and China sign deal on new rail projects\nWhat the new railway means for regional trade?\nMost read\nTyphoon makes landfall in southern China';
  assert.deepEqual(kinds(text), ['paragraph', ...Array(9).fill('fragment')]);
});

test('a list of links ends at the next line of prose', () => {
  assert.deepEqual(kinds('Exports rose 5 percent in May.\nRelated stories\nChina\'s exports beat forecasts\nImports also rose, customs data showed.'),
    ['paragraph', 'fragment', 'fragment', 'paragraph']);
});
