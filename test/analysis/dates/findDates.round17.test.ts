import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 17 of the date layer). Reference dates are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('"the day before" or "the day after" a named day is one expression, a day off that day', () => {
  assert.deepEqual(pairs("The day after last Friday's vote, the minister flew to Geneva.", '2025-11-20'),
    [['The day after last Friday', '2025-11-15']]);
  assert.deepEqual(pairs('Shops in Manila closed the day before Christmas.', '2025-12-28'), [['the day before Christmas', '2025-12-24']]);
  assert.deepEqual(pairs('Talks resumed in Doha the day after Jan. 6, 2025.', '2025-11-20'), [['the day after Jan. 6, 2025', '2025-01-07']]);
  // "the day before" with no day after it is an anaphor of its own, not widened onto a later date.
  assert.deepEqual(pairs('He had landed the day before, on Jan. 5, 2025.', '2025-11-20'), [['Jan. 5, 2025', '2025-01-05']]);
});

test('a count of deep time before "years ago" belongs to the expression, which is the past with no ISO year', () => {
  assert.deepEqual(pairs('The Earth formed about 4.6 billion years ago, the museum display says.', '2025-11-20'),
    [['about 4.6 billion years ago', 'PAST_REF']]);
  assert.deepEqual(pairs('The fossils show the reptile lived 66 million years ago.', '2025-11-20'), [['66 million years ago', 'PAST_REF']]);
  assert.deepEqual(pairs('The bridge was built 40 years ago.', '2025-11-20'), [['40 years ago', '1985']]);
});

test('the first snow "of the winter" falling in November is this winter\'s, not last winter\'s', () => {
  assert.deepEqual(pairs("Beijing's first snow of the winter fell overnight, blanketing the Forbidden City.", '2025-11-20'),
    [['the winter', '2025-WI']]);
  // Without the cue of a season's start, a past tense still points back to the last winter.
  assert.deepEqual(pairs('Heating bills soared in the winter.', '2025-11-20'), [['the winter', '2024-WI']]);
  // Far from the season, the first snow told in the past is last winter's.
  assert.deepEqual(pairs('The first snow of the winter fell in December.', '2025-07-10'), [['the winter', '2024-WI'], ['December', '2024-12']]);
});

test('a day and the "last year", "this year" or "next year" right after it are one expression', () => {
  assert.deepEqual(pairs('The exhibition in Hangzhou runs through Feb. 28 next year.', '2025-11-20'), [['Feb. 28 next year', '2026-02-28']]);
  assert.deepEqual(pairs('The plant opened on March 3 last year.', '2025-11-20'), [['March 3 last year', '2024-03-03']]);
  assert.deepEqual(pairs('The rule took effect on 1 October this year.', '2025-11-20'), [['1 October this year', '2025-10-01']]);
  // Not across a clause: "last year" there dates the closing.
  assert.deepEqual(pairs('It opened on March 3 and closed last year.', '2025-11-20'), [['March 3', '2025-03-03'], ['last year', '2024']]);
});

test('"the 15th of each month" is that day of every month, a set', () => {
  assert.deepEqual(pairs('The statistics bureau releases price data on the 15th of each month.', '2025-11-20'), [['the 15th of each month', 'XXXX-XX-15']]);
  assert.deepEqual(pairs('Pensions are paid on the first of every month.', '2025-11-20'), [['the first of every month', 'XXXX-XX-01']]);
  assert.deepEqual(pairs('The council meets on the 20th of next month.', '2025-11-20'), [['the 20th of next month', '2025-12-20']]);
});

test('a weekday after "runs through", "lasts until" ends what began on the day told before, so it is not before it', () => {
  assert.deepEqual(pairs('The climate summit opens on Tuesday, Dec. 2, and runs through Thursday.', '2025-11-20'),
    [['Tuesday, Dec. 2', '2025-12-02'], ['Thursday', '2025-12-04']]);
  // With no day before, the weekday is the coming one, as a schedule's is.
  assert.deepEqual(pairs('The lantern festival runs through Sunday.', '2025-11-20'), [['Sunday', '2025-11-23']]);
});

test('a weekday set off after a day ("Dec. 14, a Sunday") is that day', () => {
  assert.deepEqual(pairs('The runoff vote is scheduled for Dec. 14, a Sunday.', '2025-11-20'), [['Dec. 14', '2025-12-14'], ['Sunday', '2025-12-14']]);
  assert.deepEqual(pairs('The tariff cut takes effect on Jan. 1, 2026, which is a Thursday.', '2025-11-20'),
    [['Jan. 1, 2026', '2026-01-01'], ['Thursday', '2026-01-01']]);
});

test('a capitalised "Daily" or "Weekly" after a name is the name of a paper, not a set', () => {
  assert.deepEqual(pairs('China Daily', '2025-11-20'), []);
  assert.deepEqual(pairs("The commentary ran in People's Daily on Monday.", '2025-11-20'), [['Monday', '2025-11-17']]);
  assert.deepEqual(pairs('Daily flights between Chengdu and Budapest resume in March.', '2025-11-20'), [['Daily', 'P1D'], ['March', '2026-03']]);
});

test('"until then" and "by then" refer to the time just told; "since then" and a bare "then" are not dates', () => {
  assert.deepEqual(pairs('The tender offer expires on Nov. 30. Until then, the shares remain convertible.', '2025-11-20'),
    [['Nov. 30', '2025-11-30'], ['then', '2025-11-30']]);
  assert.deepEqual(pairs('The bridge will open in 2027. By then, traffic across the strait will have doubled.', '2025-11-20'),
    [['2027', '2027'], ['then', '2027']]);
  assert.deepEqual(pairs('Until then, nobody in the village had seen a drone.', '2025-11-20'), []);
  assert.deepEqual(pairs('The dam was finished in 2012. Since then, the river has changed.', '2025-11-20'), [['2012', '2012']]);
});

test('"plan" as a noun ("the 15th Five-Year Plan", "a new economic plan") does not make a past sentence look ahead', () => {
  assert.deepEqual(pairs('Chinese leaders unveiled the outline of the 15th Five-Year Plan on Tuesday.', '2026-12-07'), [['Tuesday', '2026-12-01']]);
  assert.deepEqual(pairs('The government unveiled a new economic plan on Tuesday.', '2026-12-07'), [['Tuesday', '2026-12-01']]);
  assert.deepEqual(pairs("Beijing's plan on Tuesday drew praise from investors.", '2026-12-07'), [['Tuesday', '2026-12-01']]);
  // The verb still looks ahead.
  assert.deepEqual(pairs('The two ministers plan to meet again on Friday.', '2026-12-07'), [['Friday', '2026-12-11']]);
  assert.deepEqual(pairs('The company plans to open its first store in Riyadh on Tuesday.', '2026-12-07'), [['Tuesday', '2026-12-08']]);
});
