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
