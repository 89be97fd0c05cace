import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inTimelineOrder, timelinePoint } from '../../../server/src/analysis/dates/timelineOrder';
import type { DateMention } from '../../../server/src/analysis/types';

const ref = { y: 2017, m: 11, d: 23 };
const at = (text: string, value: string, type: DateMention['type'] = 'date', start = 0): DateMention =>
  ({ start, end: start + text.length, text, type, value, relative: false, origin: 'detected' });

test('the Outline order puts periods by their first day, the past/now/future around the reference date, durations and sets last', () => {
  const dates = [
    at('the past five years', 'P5Y', 'duration', 0),
    at('next Monday', '2017-11-27', 'date', 10),
    at('recently', 'PAST_REF', 'date', 20),
    at('this year', '2017', 'date', 30),
    at('every Monday', 'XXXX-WXX-1', 'set', 40),
    at('in the 1990s', '199', 'date', 50),
    at('Wednesday evening', '2017-11-22TEV', 'time', 60),
    at('Wednesday', '2017-11-22', 'date', 70),
    at('now', 'PRESENT_REF', 'date', 80),
    at('the third quarter', '2017-Q3', 'date', 90),
    at('in the future', 'FUTURE_REF', 'date', 100),
  ];
  assert.deepEqual(inTimelineOrder(dates, ref).map((d) => d.text), [
    'in the 1990s', 'this year', 'the third quarter', 'Wednesday', 'Wednesday evening', 'recently', 'now',
    'in the future', 'next Monday', 'the past five years', 'every Monday',
  ]);
});

test('weeks start on their Monday and seasons on their first day', () => {
  assert.equal(timelinePoint('2017-W02', ref), timelinePoint('2017-01-09', ref));
  assert.equal(timelinePoint('2017-SU', ref), timelinePoint('2017-06-21', ref));
  assert.equal(timelinePoint('P5Y', ref), null);
});

test('a decade or century sorts by its first year however it is written', () => {
  assert.equal(timelinePoint('199X', ref), timelinePoint('1990', ref));
  assert.equal(timelinePoint('199', ref), timelinePoint('1990', ref));
  assert.equal(timelinePoint('19XX', ref), timelinePoint('1900', ref));
  assert.equal(timelinePoint('19', ref), timelinePoint('1900', ref));
});

test('a date known only to its year sorts by the year; other unknown dates, sets and non-values have no point', () => {
  assert.equal(timelinePoint('2017-XX-XX', ref), timelinePoint('2017', ref));
  assert.equal(timelinePoint('XXXX-XX-XX', ref), null);
  assert.equal(timelinePoint('XXXX-WXX-1', ref), null);
  assert.equal(timelinePoint('2017-13-01', ref), null);
});

test('a time sorts by its clock, a part of the day by its usual hour', () => {
  const day = timelinePoint('2017-11-22', ref)!;
  assert.equal(timelinePoint('2017-11-22T15:30', ref), day + 15.5 / 24);
  assert.equal(timelinePoint('2017-11-22TMO', ref), day + 8 / 24);
  assert.equal(timelinePoint('2017-11-22TXX:XX', ref), day);
});
