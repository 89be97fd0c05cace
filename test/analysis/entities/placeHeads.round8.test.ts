import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('"the Sea of Japan", tagged "Sea" + "Japan" or "Japan" alone, is one place', () => {
  const text = 'Warships held drills in the Sea of Japan, then sailed to the Gulf of Thailand.';
  assert.deepEqual(run(text, [at(text, 'Sea', 'location'), at(text, 'Japan', 'location'), at(text, 'Thailand', 'location')]),
    ['Sea of Japan/location', 'Gulf of Thailand/location']);
});

test('an institution "of" a place ("Bank of Japan"), a lower-case sea and an organization after "Bay of" are left alone', () => {
  const text = 'The Bank of Japan met as the sea of Japan froze; the Bay of Plenty Regional Council objected.';
  const ms = [at(text, 'Japan', 'location'), at(text, 'Japan', 'location', 'detected', 30), at(text, 'Plenty Regional Council', 'organization')];
  assert.deepEqual(run(text, ms), ['Japan/location', 'Japan/location', 'Plenty Regional Council/organization']);
});

test('"SAR" or "Special Administrative Region" after a place is part of the place: "the Hong Kong SAR government"', () => {
  const text = 'The Hong Kong SAR government backed the plan, and the Macao Special Administrative Region agreed.';
  assert.deepEqual(run(text, [at(text, 'Hong Kong', 'location'), at(text, 'Macao Special Administrative Region', 'organization')]),
    ['Hong Kong SAR/location', 'Macao Special Administrative Region/location']);
});

test('a region abbreviated in brackets, which the tagger cut and typed an organization, is one place', () => {
  const text = 'The Hong Kong Special Administrative Region (HKSAR) marks its anniversary on July 1.';
  const ms = [at(text, 'Hong Kong', 'location'), at(text, 'Special Administrative Region', 'organization')];
  // The short form takes the place's type when the article's mentions are linked (see modernNews.round8.test.ts).
  assert.equal(run(text, ms)[0], 'Hong Kong Special Administrative Region/location');
});
