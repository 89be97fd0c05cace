import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn, paragraphPairs } from './helpers';

// Sentences written for these tests (round 15 of the date layer). Reference dates are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('the end of a range of moments given as noon or midnight falls after its start', () => {
  // 2026-11-22 is a Sunday: the Monday after Saturday is the 23rd, not the 16th.
  assert.deepEqual(pairs('Flights were suspended from 8 p.m. Saturday to noon Monday.', '2026-11-22'),
    [['8 p.m. Saturday', '2026-11-21T20:00'], ['noon Monday', '2026-11-23T12:00']]);
  assert.deepEqual(pairs('The road was closed from noon Saturday to noon Monday.', '2026-11-22'),
    [['noon Saturday', '2026-11-21T12:00'], ['noon Monday', '2026-11-23T12:00']]);
  // So for a 24-hour clock and a clock told by the part of the day.
  assert.deepEqual(pairs('The curfew ran from 22:00 on Saturday to 06:00 on Monday.', '2026-11-22'),
    [['22:00 on Saturday', '2026-11-21T22:00'], ['06:00 on Monday', '2026-11-23T06:00']]);
  assert.deepEqual(pairs('The curfew ran from 9 p.m. Friday until 5 in the morning Monday.', '2026-11-22'),
    [['9 p.m. Friday', '2026-11-20T21:00'], ['5 in the morning Monday', '2026-11-23T05:00']]);
});

test('"the same day" and "the next day" count from the last day told, past a year named in between', () => {
  assert.deepEqual(pairs('The typhoon made landfall at 4:20 p.m. Friday. It was the strongest autumn typhoon since 1949. '
    + 'The storm made a second landfall at 10:20 p.m. the same day.', '2026-11-22'),
    [['4:20 p.m. Friday', '2026-11-20T16:20'], ['1949', '1949'], ['10:20 p.m. the same day', '2026-11-20T22:20']]);
  assert.deepEqual(pairs('The quake struck on Tuesday. It was the deadliest since 2008. Rescuers reached the village the next day.', '2026-11-22'),
    [['Tuesday', '2026-11-17'], ['2008', '2008'], ['the next day', '2026-11-18']]);
  // A clock time with no day of its own is of that day too.
  assert.deepEqual(pairs('The ferry left port on Nov. 3. Its sister ship had sunk in 1998. It docked in Busan at 6 p.m.', '2026-11-22'),
    [['Nov. 3', '2026-11-03'], ['1998', '1998'], ['6 p.m.', '2026-11-03T18:00']]);
});

test('a clock time with no day takes the day of a later hour told in the same clause', () => {
  // 2026-11-25 is a Wednesday.
  assert.deepEqual(pairs('The fire started at 3 p.m. and spread until 8 p.m. on Monday.', '2026-11-25'),
    [['3 p.m.', '2026-11-23T15:00'], ['8 p.m. on Monday', '2026-11-23T20:00']]);
  assert.deepEqual(pairs('The meeting began at 9 a.m. and ended at noon on Tuesday.', '2026-11-25'),
    [['9 a.m.', '2026-11-24T09:00'], ['noon on Tuesday', '2026-11-24T12:00']]);
  // An earlier hour may be of the day after (a night between), so it gives no day to the first.
  assert.deepEqual(pairs('The ship arrived at 3 p.m. and left at 8 a.m. on Tuesday.', '2026-11-25'),
    [['3 p.m.', '2026-11-25T15:00'], ['8 a.m. on Tuesday', '2026-11-24T08:00']]);
});

test('a present-tense schedule points to the coming weekday', () => {
  // 2026-11-25 is a Wednesday: the coming Monday is the 30th, the coming Sunday the 29th.
  assert.deepEqual(pairs('The next round is on Monday.', '2026-11-25'), [['Monday', '2026-11-30']]);
  assert.deepEqual(pairs('The deadline is Monday.', '2026-11-25'), [['Monday', '2026-11-30']]);
  assert.deepEqual(pairs('Polling stations open from 7 a.m. to 8 p.m. on Sunday.', '2026-11-25'),
    [['7 a.m.', '2026-11-29T07:00'], ['8 p.m. on Sunday', '2026-11-29T20:00']]);
  assert.deepEqual(pairs('The embargo lifts at 00:01 GMT on Monday.', '2026-11-25'), [['00:01 GMT on Monday', '2026-11-30T00:01']]);
  assert.deepEqual(pairs('The new rules take effect on Monday.', '2026-11-25'), [['Monday', '2026-11-30']]);
  assert.deepEqual(pairs('Leaders of the two countries hold talks on Thursday.', '2026-11-25'), [['Thursday', '2026-11-26']]);
});

test('a present form after a past verb of its clause, or a reporting present, keeps the day past', () => {
  assert.deepEqual(pairs('He says he met them on Monday.', '2026-11-25'), [['Monday', '2026-11-23']]);
  assert.deepEqual(pairs('The shops stayed open on Sunday despite the storm.', '2026-11-25'), [['Sunday', '2026-11-22']]);
  assert.deepEqual(pairs('Officials kept the border open on Monday.', '2026-11-25'), [['Monday', '2026-11-23']]);
  assert.deepEqual(pairs('The photo is from Monday.', '2026-11-25'), [['Monday', '2026-11-23']]);
  // Market reports tell the day's trading in the present.
  assert.deepEqual(pairs('Shares end the session up 2 percent on Tuesday.', '2026-11-25'), [['Tuesday', '2026-11-24']]);
  // "and" opens a clause of its own, whose present is a schedule again.
  assert.deepEqual(pairs('The two leaders held talks on Monday and their aides meet again on Friday.', '2026-11-25'),
    [['Monday', '2026-11-23'], ['Friday', '2026-11-27']]);
});

test('a half or quarter written number first before a year is that half or quarter', () => {
  assert.deepEqual(pairs('Revenue rose 8 percent in 1H 2026 after a weak 2H 2025.', '2026-11-22'),
    [['1H 2026', '2026-H1'], ['2H 2025', '2025-H2']]);
  assert.deepEqual(pairs('The chipmaker expects a recovery in 3Q 2026.', '2026-11-22'), [['3Q 2026', '2026-Q3']]);
  // Without a year the code may be anything else: a pencil's grade.
  assert.deepEqual(pairs('Students must bring a 2H pencil.', '2026-11-22'), []);
});

test('a quarter named by its first and last months is that calendar quarter', () => {
  assert.deepEqual(pairs('Sales in the April-to-June quarter fell 3 percent.', '2026-11-22'), [['the April-to-June quarter', '2026-Q2']]);
  assert.deepEqual(pairs('The carmaker posted a loss for the July-September quarter of 2025.', '2026-11-22'),
    [['the July-September quarter of 2025', '2025-Q3']]);
  // A retailer's quarter off the calendar ("the February-April quarter") stays two months.
  assert.deepEqual(pairs('The retailer reported results for the February-April quarter.', '2026-11-22'), [['February', '2026-02'], ['April', '2026-04']]);
});

test('a fiscal year frames no month named after it in its sentence', () => {
  // A fiscal year straddles two calendar years: the FY2026 budget is approved in the spring of 2025.
  assert.deepEqual(pairs("The government's FY2026 budget was approved in March.", '2025-07-15'), [['FY2026', '2026'], ['March', '2025-03']]);
  assert.deepEqual(pairs("The company's fiscal 2026 budget was approved in March.", '2025-07-15'), [['fiscal 2026', '2026'], ['March', '2025-03']]);
  // A calendar year still does.
  assert.deepEqual(pairs('In 2024, the budget was approved in March.', '2025-07-15'), [['2024', '2024'], ['March', '2024-03']]);
});

test('a season before a noun is the date without the noun\'s "the"', () => {
  // As TimeML marks "1998" alone in "the 1998 budget".
  assert.deepEqual(pairs('The winter exhibition runs from Dec. 1 to Feb. 28.', '2025-07-15'),
    [['winter', '2025-WI'], ['Dec. 1', '2025-12-01'], ['Feb. 28', '2026-02-28']]);
  assert.deepEqual(pairs('The summer heat killed hundreds in southern Europe.', '2025-07-15'), [['summer', '2025-SU']]);
  // The season as the subject of a verb keeps its article.
  assert.deepEqual(pairs('The winter brought heavy snow to the north.', '2025-07-15'), [['The winter', '2024-WI']]);
});

test('"between" one month "and" another is a range whose first month takes its year from the last', () => {
  // In late November a January alone would be the coming one; as the start of a range ending in October it is this year's.
  assert.deepEqual(pairs('Between January and October, retail sales grew 4.2 percent.', '2026-11-25'),
    [['January', '2026-01'], ['October', '2026-10']]);
  assert.deepEqual(pairs('The survey was conducted between March and May.', '2026-11-25'), [['March', '2026-03'], ['May', '2026-05']]);
});

test('a month without a year in a sentence of what recurs is each year\'s month', () => {
  assert.deepEqual(pairs('The harvest typically begins in late September.', '2026-11-25'), [['late September', 'XXXX-09']]);
  assert.deepEqual(pairs('The fair is held annually in October.', '2026-11-25'), [['October', 'XXXX-10']]);
  assert.deepEqual(pairs('The typhoon season typically peaks between July and September.', '2026-11-25'),
    [['July', 'XXXX-07'], ['September', 'XXXX-09']]);
  // Told in the past, it is one September.
  assert.deepEqual(pairs('The harvest began in late September.', '2026-11-25'), [['late September', '2026-09']]);
});

test('"the same day" in a later paragraph counts from the last day told, past a year named in the paragraph between', () => {
  assert.deepEqual(paragraphPairs([
    'The typhoon made landfall in Taiwan at 4:20 p.m. Friday.',
    'It was the strongest autumn typhoon to hit the island since 1949.',
    'The storm made a second landfall in Fujian at 10:20 p.m. the same day.',
  ], '2026-11-22'), [
    [['4:20 p.m. Friday', '2026-11-20T16:20']],
    [['1949', '1949']],
    [['10:20 p.m. the same day', '2026-11-20T22:20']],
  ]);
});

test('where someone is on a weekday, told in the present, is a schedule ahead; an event the weekday dates is not', () => {
  // 2026-11-25 is a Wednesday.
  assert.deepEqual(pairs('The premier is in Berlin on Sunday and in Paris on Monday.', '2026-11-25'),
    [['Sunday', '2026-11-29'], ['Monday', '2026-11-30']]);
  assert.deepEqual(pairs('Tickets go on sale on Monday.', '2026-11-25'), [['Monday', '2026-11-30']]);
  assert.deepEqual(pairs('The death toll is 12 after the quake on Monday.', '2026-11-25'), [['Monday', '2026-11-23']]);
  assert.deepEqual(pairs('Police are investigating the shooting on Sunday.', '2026-11-25'), [['Sunday', '2026-11-22']]);
  // The event a present state follows is over, though the coming Saturday is nearer than the last.
  assert.deepEqual(pairs('The driver is in critical condition after the crash on Saturday.', '2026-11-25'), [['Saturday', '2026-11-21']]);
});

test('the year printed after the day of a clock time dates the time', () => {
  assert.deepEqual(pairs('The rover landed at 10:38 a.m. Beijing time on June 2, 2024.', '2026-11-25'),
    [['10:38 a.m. Beijing time on June 2, 2024', '2024-06-02T10:38']]);
  assert.deepEqual(pairs('Crowds filled the square at noon on Oct. 1, 2019.', '2026-11-25'), [['noon on Oct. 1, 2019', '2019-10-01T12:00']]);
  assert.deepEqual(pairs('Polls closed at 8 p.m. on Sunday, Nov. 3, 2024.', '2026-11-25'), [['8 p.m. on Sunday, Nov. 3, 2024', '2024-11-03T20:00']]);
});

test('the last clock time of a range, earlier in the day than the first, is on the day after', () => {
  // 2026-11-25 is a Wednesday.
  assert.deepEqual(pairs('Police imposed a curfew from 10 p.m. to 5 a.m.', '2026-11-25'),
    [['10 p.m.', '2026-11-25T22:00'], ['5 a.m.', '2026-11-26T05:00']]);
  assert.deepEqual(pairs('The shelling went on between 11 p.m. Friday and 4 a.m.', '2026-11-25'),
    [['11 p.m. Friday', '2026-11-20T23:00'], ['4 a.m.', '2026-11-21T04:00']]);
  // "runs" tells a schedule too.
  assert.deepEqual(pairs('The night market runs from 7 p.m. Friday to 2 a.m. Saturday.', '2026-11-25'),
    [['7 p.m. Friday', '2026-11-27T19:00'], ['2 a.m. Saturday', '2026-11-28T02:00']]);
});
