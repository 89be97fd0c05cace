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
