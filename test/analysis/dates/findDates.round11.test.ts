import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 11 of the date layer, read in whole articles of our own). Reference dates
// are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('a tense marker in the next coordinated clause does not decide a weekday of its own clause', () => {
  // 2026-02-14 is a Saturday: the crew entered quarantine on the Thursday behind.
  assert.deepEqual(pairs('The crew entered quarantine in Houston on Thursday and will fly to Florida next week.', '2026-02-14'),
    [['Thursday', '2026-02-12'], ['next week', '2026-W08']]);
  // With no marker of its own, the clause after "and" still decides.
  assert.deepEqual(pairs('On Thursday and Friday the ministers will meet in Geneva.', '2026-02-14'),
    [['Thursday', '2026-02-19'], ['Friday', '2026-02-20']]);
});

test('"the same period last year" outside talk of quarters is last year', () => {
  assert.deepEqual(pairs('Trips in the first week are likely to exceed those of the same period last year by 8 percent.', '2026-01-29'),
    [['the same period last year', '2025']]);
  // Where quarters are compared it stays the quarter a year back.
  assert.deepEqual(pairs('Net profit rose 12 percent in the third quarter from the same period last year.', '2025-11-10'),
    [['the third quarter', '2025-Q3'], ['the same period last year', '2024-Q3']]);
});
