import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 23 of the date layer). 7 December 2026 is a Monday.

const REF = '2026-12-07';
const pairs = (text: string, ref = REF) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('"soon" under a modal or "to" is the near future', () => {
  assert.deepEqual(pairs('Prosecutors could soon file charges against the former minister.'), [['soon', 'FUTURE_REF']]);
  assert.deepEqual(pairs('The carmaker wants its exports to soon reach a quarter of its output.'), [['soon', 'FUTURE_REF']]);
  assert.deepEqual(pairs('The airline soon will resume flights to Kyiv, officials said.'), [['soon', 'FUTURE_REF']]);
  assert.deepEqual(pairs('The airline believes it will be strong enough soon to reopen its Europe routes.'), [['soon', 'FUTURE_REF']]);
});

test('"soon" as a conjunction, in a sequence or in a past story is no date', () => {
  assert.deepEqual(pairs('The rescuers will leave as soon as the storm passes.'), []);
  assert.deepEqual(pairs('The hostage was probably killed soon after being captured.'), []);
  assert.deepEqual(pairs('He was soon released and appeared in court.'), []);
  assert.deepEqual(pairs('A trickle of cash from abroad soon became a flood.'), []);
  // No modal: "strike again soon" is left as TimeBank mostly leaves it.
  assert.deepEqual(pairs('Militants plan to strike again soon.'), []);
});

test('"it was a proud day for …" is the day being told of: the one named before, else the article\'s', () => {
  assert.deepEqual(pairs('Finland signed the accession treaty on Friday. Its president said it was "a proud day for our nation."'), [['Friday', '2026-12-04'], ['day', '2026-12-04']]);
  assert.deepEqual(pairs('"This is a historic day for our country," the president said.'), [['day', '2026-12-07']]);
  assert.deepEqual(pairs('It\'s a sad day for football, the coach told reporters.'), [['day', '2026-12-07']]);
});

test('a day judged but named by its own date, or not judged at all, adds no second date', () => {
  assert.deepEqual(pairs('Today is a dark day for press freedom.'), [['Today', '2026-12-07']]);
  assert.deepEqual(pairs('It was a day of heavy rain across the province.'), []);
});

test('a quarter followed by "would"/"will" in reported speech lies ahead, whatever the saying\'s tense', () => {
  const ref = '2025-10-20';
  assert.deepEqual(pairs('He said the fourth quarter would see more targeted policies.', ref), [['the fourth quarter', '2025-Q4']]);
  assert.deepEqual(pairs('Officials said growth in the fourth quarter would slow.', ref), [['the fourth quarter', '2025-Q4']]);
  // Told in the past with no future verb, a quarter not begun yet is last year's.
  assert.deepEqual(pairs('Sales rose in the fourth quarter, the company said.', ref), [['the fourth quarter', '2024-Q4']]);
});

test('"moved to safety" is no date moved: the day after it keeps the tense of its sentence', () => {
  const ref = '2025-11-10';
  assert.deepEqual(pairs('More than 400,000 people had been moved to safety by Sunday night, provincial authorities said.', ref), [['Sunday night', '2025-11-09']]);
  assert.deepEqual(pairs('Residents were moved to safety on Sunday.', ref), [['Sunday', '2025-11-09']]);
  // A date moved to a day still lies ahead.
  assert.deepEqual(pairs('The vote was moved to Sunday.', ref), [['Sunday', '2025-11-16']]);
  assert.deepEqual(pairs('The launch was pushed back to next year.', ref), [['next year', '2026']]);
});

test('a past form after "get" is a passive participle, so "is going to get hit in the spring" lies ahead', () => {
  assert.deepEqual(pairs('Car exporters are going to start getting beat on price in the spring.', '2026-02-06'), [['the spring', '2026-SP']]);
  assert.deepEqual(pairs('Exporters are going to get hit in the spring.', '2026-02-06'), [['the spring', '2026-SP']]);
});
