import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 13 of the date layer). Reference dates are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('a possibility reported after a verb of saying or warning lies ahead', () => {
  // 2026-03-11 is a Wednesday.
  assert.deepEqual(pairs('The grid operator warned that rolling blackouts were possible on Sunday.', '2026-03-11'), [['Sunday', '2026-03-15']]);
  assert.deepEqual(pairs('The weather bureau said typhoon rains could reach the island on Friday.', '2026-03-11'), [['Friday', '2026-03-13']]);
  assert.deepEqual(pairs('Diplomats said a joint statement was likely on Monday.', '2026-03-11'), [['Monday', '2026-03-16']]);
  // A negated modal or a modal perfect is no possibility ahead; nor is a plain reported past.
  assert.deepEqual(pairs('The embassy said it could not confirm the arrests on Friday.', '2026-03-11'), [['Friday', '2026-03-06']]);
  assert.deepEqual(pairs('The firm said the files might have been leaked on Monday.', '2026-03-11'), [['Monday', '2026-03-09']]);
  assert.deepEqual(pairs('The coach said the squad was tired on Sunday.', '2026-03-11'), [['Sunday', '2026-03-08']]);
});

test('a past form right after a modal is the bare verb, with no past of its own', () => {
  assert.deepEqual(pairs('Analysts said the central bank would cut its key rate in May.', '2026-03-11'), [['May', '2026-05']]);
  assert.deepEqual(pairs('The minister told parliament the new tariffs could hit exporters in April.', '2026-03-11'), [['April', '2026-04']]);
});

test('a year after the date a holiday fell on dates the holiday', () => {
  assert.deepEqual(pairs('Easter Sunday fell on April 16 in 2017.', '2026-03-11'),
    [['Easter Sunday', '2017-04-16'], ['April 16', '2017-04-16'], ['2017', '2017']]);
  assert.deepEqual(pairs('The Mid-Autumn Festival fell on Sept. 17 in 2024.', '2026-03-11'),
    [['Mid-Autumn Festival', '2024-09-17'], ['Sept. 17', '2024-09-17'], ['2024', '2024']]);
});

test('the weekday a holiday falls on is the holiday\'s own date', () => {
  // 2026-12-25 is a Friday; 2027-01-01 is a Friday.
  assert.deepEqual(pairs('Christmas falls on a Friday this year, so many shops will close early.', '2026-11-02'),
    [['Christmas', '2026-12-25'], ['Friday', '2026-12-25'], ['this year', '2026']]);
  assert.deepEqual(pairs('New Year\'s Day will be on Friday next year.', '2026-11-02'),
    [['New Year\'s Day', '2027-01-01'], ['Friday', '2027-01-01'], ['next year', '2027']]);
  // 2019-10-01 was a Tuesday.
  assert.deepEqual(pairs('National Day was on a Tuesday in 2019.', '2026-11-02'),
    [['National Day', '2019-10-01'], ['Tuesday', '2019-10-01'], ['2019', '2019']]);
  // An event with no date of its own keeps the weekday resolved by tense.
  assert.deepEqual(pairs('The summit was on Friday.', '2026-11-02'), [['Friday', '2026-10-30']]);
});
