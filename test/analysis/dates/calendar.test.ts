import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, easterSunday, formatWeek, isoWeek, nthWeekdayOfMonth, weekday } from '../../../server/src/analysis/dates/calendar';

test('ISO weeks follow the Thursday rule across year ends', () => {
  assert.deepEqual(isoWeek({ y: 2017, m: 1, d: 1 }), { year: 2016, week: 52 });
  assert.equal(formatWeek({ y: 2017, m: 1, d: 5 }), '2017-W01');
  assert.equal(formatWeek({ y: 1998, m: 3, d: 1 }), '1998-W09');
});

test('weekday is ISO (Monday 1, Sunday 7)', () => {
  assert.equal(weekday({ y: 2017, m: 1, d: 4 }), 3);
  assert.equal(weekday({ y: 2017, m: 1, d: 8 }), 7);
});

test('adding months clamps the day', () => {
  assert.deepEqual(addMonths({ y: 2016, m: 1, d: 31 }, 1), { y: 2016, m: 2, d: 29 });
  assert.deepEqual(addMonths({ y: 2017, m: 1, d: 15 }, -2), { y: 2016, m: 11, d: 15 });
});

test('movable holidays', () => {
  assert.deepEqual(easterSunday(2017), { y: 2017, m: 4, d: 16 });
  assert.deepEqual(nthWeekdayOfMonth(1999, 11, 4, 4), { y: 1999, m: 11, d: 25 }); // Thanksgiving
});
