import assert from 'node:assert/strict';
import { test } from 'node:test';
import { festivalDay } from '../../../server/src/analysis/dates/lunarCalendar';
import { datesIn, mention } from './helpers';

const day = (f: Parameters<typeof festivalDay>[0], y: number) => { const d = festivalDay(f, y); return `${d.y}-${d.m}-${d.d}`; };

test('the festivals of the lunisolar calendar fall on their published days', () => {
  assert.equal(day('spring', 2017), '2017-1-28');
  assert.equal(day('spring', 2019), '2019-2-5');
  assert.equal(day('eve', 2020), '2020-1-24');
  assert.equal(day('lantern', 2019), '2019-2-19');
  assert.equal(day('qingming', 2019), '2019-4-5');
  // 2020 had a leap fourth month: the Dragon Boat Festival is in the ordinary fifth month after it.
  assert.equal(day('dragon-boat', 2020), '2020-6-25');
  assert.equal(day('mid-autumn', 2017), '2017-10-4');
  assert.equal(day('mid-autumn', 2020), '2020-10-1');
  assert.equal(day('double-ninth', 2017), '2017-10-28');
});

test('"the Spring Festival holiday" in a February story is that year\'s New Year\'s Day', () => {
  assert.equal(mention('The film opened on the first day of the Spring Festival holiday.', '2019-02-18', 'Spring Festival')?.value, '2019-02-05');
  assert.equal(mention('Families gathered on Chinese New Year\'s Eve.', '2019-02-18', 'Chinese New Year\'s Eve')?.value, '2019-02-04');
});

test('a festival still ahead in the year, and one of last year, get their own years', () => {
  assert.equal(mention('Mooncakes will sell out before the Mid-Autumn Festival.', '2019-02-18', 'Mid-Autumn Festival')?.value, '2019-09-13');
  assert.equal(mention('Last year\'s Dragon Boat Festival drew crowds.', '2019-02-18', 'Last year\'s Dragon Boat Festival')?.value, '2018-06-18');
});

test('"the Spring Festival Gala" is a television show, not a date', () => {
  assert.deepEqual(datesIn('The Spring Festival Gala drew 1 billion viewers.', '2019-02-18'), []);
});
