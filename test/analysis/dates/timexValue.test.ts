import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTimexValue, typeOfValue } from '../../../server/src/analysis/dates/timexValue';

test('a person may set any TIMEX3 value form: days, months, weeks, quarters, seasons, decades, times, durations, sets, REFs', () => {
  for (const v of ['2017-11-15', '2017-11', '2017', '2017-W46', '2017-W46-WE', '2017-Q4', '2017-H2', '2017-SU', '199', '19', '199X',
    '2017-XX-XX', '2017-11-15T14:30', '2017-11-15TEV', 'P3D', 'PT2H', 'P1Y6M', 'PXW', 'P2Q', 'XXXX-WXX-1', 'PAST_REF', 'PRESENT_REF']) {
    assert.ok(isTimexValue(v), v);
  }
});

test('impossible months, days, weeks and hours, and free text, are not TIMEX3 values', () => {
  for (const v of ['2017-13', '2017-11-32', '2017-W54', '2017-11-15T25:00', 'P', 'T14:00', '2017/11/15', 'next Tuesday', '']) assert.ok(!isTimexValue(v), v);
});

test('the type follows the value: P… a duration (or a set it was), …T… a time, XXXX-WXX-1 a set, else a date', () => {
  assert.equal(typeOfValue('P3D'), 'duration');
  assert.equal(typeOfValue('P1W', 'set'), 'set');
  assert.equal(typeOfValue('2017-11-15T14:30'), 'time');
  assert.equal(typeOfValue('XXXX-WXX-1'), 'set');
  assert.equal(typeOfValue('PRESENT_REF'), 'date');
  assert.equal(typeOfValue('2017-W46'), 'date');
});

test('"for some time" (PXX) and weekday-night sets (XXXX-WXX-2TNI), which the detectors and TimeBank use, are values', () => {
  assert.ok(isTimexValue('PXX'));
  assert.ok(isTimexValue('XXXX-WXX-2TNI'));
  assert.ok(!isTimexValue('2017-W46-3TNI'));
});

test('recurring quarters and seasons are sets, a time with an unknown date is a time', () => {
  assert.equal(typeOfValue('XXXX-Q2'), 'set');
  assert.equal(typeOfValue('XXXX-SU'), 'set');
  assert.equal(typeOfValue('XXXX-WXX-2TNI'), 'set');
  assert.equal(typeOfValue('XXXX-XX-XXTXX:XX'), 'time');
  assert.equal(typeOfValue('XXXX-XX-XX', 'set'), 'date');
});

test('a P… string that is not TIMEX3 still reads as a duration (or the set it was), other text as a date', () => {
  assert.equal(typeOfValue('PXE'), 'duration');
  assert.equal(typeOfValue('PXE', 'set'), 'set');
  assert.equal(typeOfValue('next Tuesday', 'duration'), 'date');
});
