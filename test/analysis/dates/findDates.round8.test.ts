import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn, mention } from './helpers';

// Sentences written for these tests (round 8 of the date layer). Reference dates are given per test.

test('"a second" before a noun is the ordinal, not a length of one second', () => {
  assert.deepEqual(datesIn('The draft law will be submitted for a second reading in December.', '2025-11-14').map((d) => d.text), ['December']);
  assert.equal(mention('For a second straight year, exports rose.', '2025-11-14', 'a second'), undefined);
  // A length it stays before a preposition or at the end of a clause.
  assert.equal(mention('She paused for a second before answering.', '2025-11-14', 'a second')?.value, 'PT1S');
  assert.equal(mention('The light flickered for a second, then went out.', '2025-11-14', 'a second')?.value, 'PT1S');
});

test('"to last" is a verb with no tense: "expected to last until Thursday" looks ahead', () => {
  // 15 July 2024 is a Monday.
  assert.equal(mention('The heatwave is expected to last until at least Thursday.', '2024-07-15', 'Thursday')?.value, '2024-07-18');
  assert.equal(mention('The meeting last Thursday ended early.', '2024-07-15', 'last Thursday')?.value, '2024-07-11');
});

test('irregular pasts of news set the tense: "Q4 revenue beat expectations" in January is last year\'s fourth quarter', () => {
  assert.equal(mention('Q4 revenue beat expectations.', '2026-01-14', 'Q4')?.value, '2025-Q4');
  assert.equal(mention('Fourth-quarter revenue beat expectations.', '2026-01-14', 'Fourth-quarter')?.value, '2025-Q4');
  // 14 January 2026 is a Wednesday: the Friday a team fought on is behind.
  assert.equal(mention('The rebels fought government troops on Friday.', '2026-01-14', 'Friday')?.value, '2026-01-09');
});
