import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a name ending in a word of geography is a place, its ordinal included: "Second Thomas Shoal"', () => {
  const text = 'Coast guard ships met near Second Thomas Shoal and Fiery Cross Reef.';
  assert.deepEqual(run(text, [at(text, 'Thomas Shoal', 'person'), at(text, 'Fiery Cross Reef', 'organization')]),
    ['Second Thomas Shoal/location', 'Fiery Cross Reef/location']);
});
