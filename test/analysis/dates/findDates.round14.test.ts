import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 14 of the date layer). Reference dates are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('any past form after "will" is the bare verb, so "will" still puts the day ahead', () => {
  // "last", "cut" and "hit" alike: a month and day just gone, under "will", is next year's.
  assert.deepEqual(pairs('The ice festival will last until Jan. 5.', '2026-01-20'), [['Jan. 5', '2027-01-05']]);
  assert.deepEqual(pairs('The central bank will cut rates on Jan. 10.', '2026-01-20'), [['Jan. 10', '2027-01-10']]);
  assert.deepEqual(pairs('Officials fear the cold wave will hit the north on Jan. 12.', '2026-01-20'), [['Jan. 12', '2027-01-12']]);
});
