import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('"Beijing-based" and "U.S.-led" name only the place; a number joined to words names nothing', () => {
  const text = 'A Beijing-based firm joined the U.S.-led group in a 1.7-billion-dollar deal.';
  assert.deepEqual(run(text, [at(text, 'Beijing-based', 'location'), at(text, 'U.S.-led', 'location'), at(text, '1.7-billion-dollar', 'misc')]),
    ['Beijing/location', 'U.S./location']);
});

test('a Korean given name keeps its lower-case half: "Moon Jae-in"', () => {
  const text = 'Moon Jae-in met the envoy.';
  assert.deepEqual(run(text, [at(text, 'Moon Jae-in', 'person')]), ['Moon Jae-in/person']);
});
