import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 18 of the date layer). Reference dates are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('"the end of the decade" is the decade in question: the current one, or after a past year that year\'s', () => {
  assert.deepEqual(pairs('The space station will be completed by the end of the decade.', '2026-05-10'), [['the end of the decade', '202']]);
  assert.deepEqual(pairs('Demand for copper will keep rising through the middle of the decade.', '2021-03-02'), [['the middle of the decade', '202']]);
  assert.deepEqual(pairs('The firm was founded in 1994, and by the end of the decade it had 500 staff.', '2026-05-10'),
    [['1994', '1994'], ['the end of the decade', '199']]);
});

test('"last" after a modal is the verb, not part of a count of months: "will last six months"', () => {
  assert.deepEqual(pairs('The crew\'s mission aboard the station will last six months.', '2026-05-10'), [['six months', 'P6M']]);
  assert.deepEqual(pairs('Growth slowed over the last six months.', '2026-05-10'), [['the last six months', 'P6M']]);
});

test('"the first day of" or "the last day of" a month or year is that day', () => {
  assert.deepEqual(pairs('The new rules will come into force on the first day of next month.', '2026-05-10'), [['the first day of next month', '2026-06-01']]);
  assert.deepEqual(pairs('The tax payment is due on the last day of June.', '2026-05-10'), [['the last day of June', '2026-06-30']]);
  assert.deepEqual(pairs('The visa waiver takes effect on the first day of 2027.', '2026-05-10'), [['the first day of 2027', '2027-01-01']]);
  assert.deepEqual(pairs('Crowds are expected at the Bund on the last day of the year.', '2025-12-30'), [['the last day of the year', '2025-12-31']]);
  // "of the month" is as often every month's as one month's: left unmarked.
  assert.deepEqual(pairs('Pensions are paid on the last day of the month.', '2026-05-10'), []);
});

test('"the last week of May" is a week of that month, not last week; a month\'s week is the ISO week of its middle day', () => {
  assert.deepEqual(pairs('Trade talks will resume in the last week of May.', '2026-05-10'), [['the last week of May', '2026-W22']]);
  assert.deepEqual(pairs('The first week of June will be busy for the customs office.', '2026-05-10'), [['The first week of June', '2026-W23']]);
  assert.deepEqual(pairs('Schools across the province reopen in the second week of September.', '2026-05-10'), [['the second week of September', '2026-W37']]);
});

test('"the Year of the Horse" is the lunar year nearest the article date, valued by the Gregorian year it begins in', () => {
  assert.deepEqual(pairs('The Year of the Horse begins on Feb. 17.', '2026-01-20'), [['The Year of the Horse', '2026'], ['Feb. 17', '2026-02-17']]);
  // Before the Spring Festival the Year of the Snake is still under way.
  assert.deepEqual(pairs('The Year of the Snake ends next month.', '2026-01-20'), [['The Year of the Snake', '2025'], ['next month', '2026-02']]);
  assert.deepEqual(pairs('Births in the city rose in the Year of the Dragon.', '2026-05-10'), [['the Year of the Dragon', '2024']]);
  // "the start of" does not make "the Year" a date of its own.
  assert.deepEqual(pairs('Families celebrated the start of the Year of the Horse on Tuesday.', '2026-02-17'),
    [['the Year of the Horse', '2026'], ['Tuesday', '2026-02-17']]);
});

test('a quarter whose figures are told in January, before a new one of that number begins, is last year\'s', () => {
  assert.deepEqual(pairs('Q4 earnings season kicks off on Wall Street next week.', '2026-01-10'), [['Q4', '2025-Q4'], ['next week', '2026-W03']]);
  assert.deepEqual(pairs('Fourth-quarter GDP data will be released on Jan. 19.', '2026-01-10'), [['Fourth-quarter', '2025-Q4'], ['Jan. 19', '2026-01-19']]);
  assert.deepEqual(pairs('The carmaker will publish H2 results in March.', '2026-01-10'), [['H2', '2025-H2'], ['March', '2026-03']]);
  // A forecast of the quarter itself is of the coming one; so are figures of a quarter far ahead.
  assert.deepEqual(pairs('The company expects to break even in Q4.', '2026-01-10'), [['Q4', '2026-Q4']]);
  assert.deepEqual(pairs('Fourth-quarter results are expected to be strong.', '2026-07-10'), [['Fourth-quarter', '2026-Q4']]);
});

test('a month after "ended" or "ending" closes a period, even a month that is also a verb: "the year ended March"', () => {
  assert.deepEqual(pairs('Sony reported record profit for the year ended March.', '2026-05-10'), [['the year', 'P1Y'], ['March', '2026-03']]);
});
