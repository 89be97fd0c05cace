import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 16 of the date layer). Reference dates are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('a year named in a sentence that looks ahead dates its months and days when that year is not over', () => {
  assert.deepEqual(pairs('The 2027 summit will open on March 3 in Lima.', '2025-05-20'), [['2027', '2027'], ['March 3', '2027-03-03']]);
  assert.deepEqual(pairs('In 2027, the summit will open on March 3.', '2025-05-20'), [['2027', '2027'], ['March 3', '2027-03-03']]);
  assert.deepEqual(pairs('The 2027 Asian Cup will be held in June and July.', '2025-05-20'),
    [['2027', '2027'], ['June', '2027-06'], ['July', '2027-07']]);
  // A target's year sets no scene: the plan is published next March, not in March 2030.
  assert.deepEqual(pairs('China aims to peak carbon emissions by 2030 and will publish its plan in March.', '2025-11-20'),
    [['2030', '2030'], ['March', '2026-03']]);
  assert.deepEqual(pairs('By 2030, the country will build 40 new airports, the first opening in March.', '2025-11-20'),
    [['2030', '2030'], ['March', '2026-03']]);
  // A year already over names something else: the listing is still ahead of the article.
  assert.deepEqual(pairs('The firm, founded in 1998, will list its shares on March 3.', '2025-05-20'), [['1998', '1998'], ['March 3', '2026-03-03']]);
});

test('a year still ahead does not date a month of a sentence told in the past', () => {
  assert.deepEqual(pairs('The 2030 target was set in March.', '2025-05-20'), [['2030', '2030'], ['March', '2025-03']]);
});

test('a month or day printed with its year dates the days after it in its clause, running forward', () => {
  assert.deepEqual(pairs('The Asian Games will open in September 2026 and close on Oct. 4.', '2025-05-20'),
    [['September 2026', '2026-09'], ['Oct. 4', '2026-10-04']]);
  assert.deepEqual(pairs('The fair will open in December 2026 and close on Jan. 4.', '2025-05-20'),
    [['December 2026', '2026-12'], ['Jan. 4', '2027-01-04']]);
  assert.deepEqual(pairs('The talks began on Jan. 5, 2024 and ended on Feb. 2.', '2025-05-20'),
    [['Jan. 5, 2024', '2024-01-05'], ['Feb. 2', '2024-02-02']]);
  // "after" tells the days in reverse order: the earlier one stays in the printed year.
  assert.deepEqual(pairs('The talks ended on Feb. 2, 2024 after they began on Jan. 5.', '2025-05-20'),
    [['Feb. 2, 2024', '2024-02-02'], ['Jan. 5', '2024-01-05']]);
});

test('a habitual adverb before a verb in the present makes the month recur every year', () => {
  assert.deepEqual(pairs('Cherry trees usually bloom in April, but this year they opened in March.', '2025-05-20'),
    [['April', 'XXXX-04'], ['this year', '2025'], ['March', '2025-03']]);
  // A passive present with the adverb between "is" and the participle is present too.
  assert.deepEqual(pairs('The lantern fair is usually held in October.', '2025-05-20'), [['October', 'XXXX-10']]);
  // Told in the past, the habit is over: the nearest past October.
  assert.deepEqual(pairs('The lantern fair was usually held in October.', '2025-05-20'), [['October', '2024-10']]);
});

test('"the week to Friday" and "the year to March" are spans of time up to a day, which is a date of its own', () => {
  assert.deepEqual(pairs('Retail sales rose 3.2 percent in the week to Friday, the data showed.', '2026-11-20'),
    [['the week', 'P1W'], ['Friday', '2026-11-20']]);
  assert.deepEqual(pairs('Jobless claims fell in the week ended Friday.', '2026-11-20'), [['the week', 'P1W'], ['Friday', '2026-11-20']]);
  assert.deepEqual(pairs('Industrial output rose 4 percent in the year to March.', '2026-11-20'), [['the year', 'P1Y'], ['March', '2026-03']]);
  // "for the week" of a market report stays a week of the year.
  assert.deepEqual(pairs('The index gained 2 percent for the week.', '2026-11-20'), [['the week', '2026-WXX']]);
});

test('"through" after a span of time ends a measured period, which a past verb puts in the past', () => {
  assert.deepEqual(pairs('Consumer prices rose 2.9 percent in the 12 months through June.', '2026-11-20'), [['the 12 months', 'P12M'], ['June', '2026-06']]);
  // A limit with no span before it still lies ahead.
  assert.deepEqual(pairs('The subsidy scheme was extended through June.', '2026-11-20'), [['June', '2027-06']]);
});

test('"the April-June period" is the calendar quarter its months bound', () => {
  assert.deepEqual(pairs('Exports grew 5 percent in the April-June period from a year earlier.', '2026-11-20'),
    [['the April-June period', '2026-Q2'], ['a year earlier', '2025-Q2']]);
  // Months that bound no quarter stay two months.
  assert.deepEqual(pairs('Rainfall was heavy in the May-July period.', '2026-11-20'), [['May', '2026-05'], ['July', '2026-07']]);
});

test('"3 o\'clock in the afternoon" is 15:00, and "o’clock" may be written with a curly apostrophe', () => {
  assert.deepEqual(pairs('The incident happened at around 3 o\'clock in the afternoon.', '2026-12-03'), [['3 o\'clock in the afternoon', '2026-12-03T15:00']]);
  assert.deepEqual(pairs('The bells rang at 6 o’clock on Friday.', '2026-12-03'), [['6 o’clock on Friday', '2026-11-27T06:00']]);
});

test('noon, midnight and an hour told by the part of the day, with no day of their own, are on the last day told', () => {
  assert.deepEqual(pairs('Markets opened lower on Monday morning and recovered by midday.', '2026-12-03'),
    [['Monday morning', '2026-11-30TMO'], ['midday', '2026-11-30T12:00']]);
  assert.deepEqual(pairs('Rescuers reached the village on Tuesday and found survivors at 3 o\'clock in the afternoon.', '2026-12-03'),
    [['Tuesday', '2026-12-01'], ['3 o\'clock in the afternoon', '2026-12-01T15:00']]);
  // With no day told, the article's.
  assert.deepEqual(pairs('The offer expires at midnight.', '2026-12-03'), [['midnight', '2026-12-03T24:00']]);
});

test('a day named with "each year" or "annually" is the day of every year, one set', () => {
  const each = datesIn('The anniversary falls on Dec. 13 each year.', '2026-12-03');
  assert.deepEqual(each.map((d) => [d.text, d.type, d.value]), [['Dec. 13 each year', 'set', 'XXXX-12-13']]);
  assert.deepEqual(pairs('The holiday is marked on 13 December every year.', '2026-12-03'), [['13 December every year', 'XXXX-12-13']]);
  assert.deepEqual(pairs('The rally is held on March 5 annually.', '2026-12-03'), [['March 5 annually', 'XXXX-03-05']]);
});

test('"held annually" and "updated quarterly" recur; a quarterly dividend and a rate of 8.5 percent annually do not', () => {
  assert.deepEqual(pairs('The forum has been held annually since 2001.', '2026-12-03'), [['annually', 'P1Y'], ['2001', '2001']]);
  assert.deepEqual(pairs('The consumer confidence index is updated quarterly.', '2026-12-03'), [['quarterly', 'P3M']]);
  assert.deepEqual(pairs('The carmaker raised its quarterly dividend.', '2026-12-03'), []);
  assert.deepEqual(pairs('Exports to the bloc rose 8.5 percent annually.', '2026-12-03'), []);
});

test('"the first Sunday of every month" recurs monthly: no one Sunday is meant', () => {
  const found = datesIn('The flea market takes place on the first Sunday of every month.', '2026-12-03');
  assert.deepEqual(found.map((d) => [d.text, d.type, d.value]), [['the first Sunday of every month', 'set', 'P1M']]);
});

test('"Double 11" is Singles\' Day, China\'s shopping festival on 11 November', () => {
  assert.deepEqual(pairs('Sales during the Double 11 shopping festival rose 12 percent.', '2025-11-20'), [['Double 11', '2025-11-11']]);
});
