import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeDate } from '../../../server/src/analysis/dates/describeDate';

test('a full date is described with its weekday', () => {
  assert.equal(describeDate('2017-01-04', 'date'), 'Wednesday, 4 January 2017');
});

test('months, weeks, quarters, seasons, decades and centuries read as words', () => {
  assert.equal(describeDate('2017-01', 'date'), 'January 2017');
  assert.equal(describeDate('2017-W02', 'date'), 'the week of 9 January 2017 (week 2)');
  assert.equal(describeDate('2017-W47-WE', 'date'), 'the weekend of 25–26 November 2017');
  assert.equal(describeDate('2017-W39-WE', 'date'), 'the weekend of 30 September – 1 October 2017');
  assert.equal(describeDate('2016-W52-WE', 'date'), 'the weekend of 31 December 2016 – 1 January 2017');
  assert.equal(describeDate('2017-Q1', 'date'), 'the first quarter of 2017');
  assert.equal(describeDate('2017-SU', 'date'), 'summer 2017');
  assert.equal(describeDate('199X', 'date'), 'the 1990s');
  assert.equal(describeDate('19', 'date'), 'the 20th century');
});

test('times add the clock or the part of day', () => {
  assert.equal(describeDate('2017-01-04TMO', 'time'), 'Wednesday, 4 January 2017, morning');
  assert.equal(describeDate('2017-01-03T15:00', 'time'), 'Tuesday, 3 January 2017, 3 p.m.');
});

test('durations spell out their amounts', () => {
  assert.equal(describeDate('P25Y', 'duration'), '25 years');
  assert.equal(describeDate('PT48H', 'duration'), '48 hours');
  assert.equal(describeDate('P1D', 'duration'), '1 day');
  assert.equal(describeDate('PXW', 'duration'), 'several weeks');
});

test('sets say "every"', () => {
  assert.equal(describeDate('P1Y', 'set'), 'every year');
  assert.equal(describeDate('P2W', 'set'), 'every 2 weeks');
  assert.equal(describeDate('XXXX-WXX-4', 'set'), 'every Thursday');
});

test('reference words and unknown dates', () => {
  assert.equal(describeDate('PRESENT_REF', 'date'), 'the present');
  assert.equal(describeDate('PAST_REF', 'date'), 'the past');
  assert.equal(describeDate('FUTURE_REF', 'date'), 'the future');
  assert.equal(describeDate('XXXX-XX-XX', 'date'), 'an unknown date');
});

test('an unrecognized value comes back unchanged', () => {
  assert.equal(describeDate('garbage', 'date'), 'garbage');
});

test('partly unknown dates say what is known: the year, the century, or nothing', () => {
  assert.equal(describeDate('2017-XX-XX', 'date'), 'a date in 2017');
  assert.equal(describeDate('2017-XX', 'date'), 'a date in 2017');
  assert.equal(describeDate('19XX', 'date'), 'the 20th century');
  assert.equal(describeDate('XXXX-XX-XXTXX:XX', 'time'), 'an unknown date');
  assert.equal(describeDate('2017-11-XX', 'date'), 'a day in November 2017');
});

test('a day or a clock time without its year or day says what is known and what the text does not give', () => {
  // "the Sept. 11 attacks", written years later: the day is certain, the year is not in the text.
  assert.equal(describeDate('XXXX-09-11', 'date'), '11 September (year not given)');
  // "landed at 06:10 the next morning" with no date before it.
  assert.equal(describeDate('XXXX-XX-XXT06:10', 'time'), '6:10 a.m. (day not given)');
});

test('recurring days and clock times say "every"', () => {
  // "every Christmas Eve", "is open daily from 9 a.m."
  assert.equal(describeDate('XXXX-12-24', 'set'), 'every 24 December');
  assert.equal(describeDate('XXXX-XX-XXT09:00', 'set'), 'every day at 9 a.m.');
  assert.equal(describeDate('XXXX-XX-XXTEV', 'set'), 'every evening');
});

test('a time whose hour is XX keeps its day and says the time is unknown', () => {
  assert.equal(describeDate('2017-11-22TXX:XX', 'time'), 'Wednesday, 22 November 2017, time unknown');
  assert.equal(describeDate('2017-11-22T12:00', 'time'), 'Wednesday, 22 November 2017, noon');
  assert.equal(describeDate('2017-11-22T09:05', 'time'), 'Wednesday, 22 November 2017, 9:05 a.m.');
});

test('"for some time" (PXX), millennia and mixed durations read as words', () => {
  assert.equal(describeDate('PXX', 'duration'), 'some time');
  assert.equal(describeDate('P2ML', 'duration'), '2 millennia');
  assert.equal(describeDate('P1DT2H', 'duration'), '1 day and 2 hours');
});

test('recurring parts of the year and weekday nights say "every"', () => {
  assert.equal(describeDate('XXXX-WXX-2TNI', 'set'), 'every Tuesday night');
  assert.equal(describeDate('XXXX-11', 'set'), 'every November');
  assert.equal(describeDate('XXXX-Q2', 'set'), 'every second quarter');
  assert.equal(describeDate('XXXX-H1', 'set'), 'every first half');
  assert.equal(describeDate('XXXX-SU', 'set'), 'every summer');
});

test('a value that does not fit its type, or is not TIMEX3, comes back unchanged', () => {
  assert.equal(describeDate('199', 'duration'), '199');
  assert.equal(describeDate('2017-11-22', 'set'), '2017-11-22');
  assert.equal(describeDate('2017-13-01', 'date'), '2017-13-01');
  assert.equal(describeDate('2017-11-22T25:00', 'time'), '2017-11-22T25:00');
});
