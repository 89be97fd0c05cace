import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePrintedDate } from '../../../server/src/analysis/dates/parsePrintedDate';

test('caption and dateline formats normalize to YYYY-MM-DD', () => {
  assert.equal(parsePrintedDate('Jan. 5, 2017'), '2017-01-05');
  assert.equal(parsePrintedDate('November 22, 2017'), '2017-11-22');
  assert.equal(parsePrintedDate('1996-08-22'), '1996-08-22');
  assert.equal(parsePrintedDate('22 Nov 2017'), '2017-11-22');
  assert.equal(parsePrintedDate('Sept. 30, 1989'), '1989-09-30');
});

test('the date is found inside a whole caption or dateline', () => {
  assert.equal(parsePrintedDate('Chinese President Xi Jinping (R) meets with South Korean President Moon Jae-in in Da Nang, Vietnam, November 11, 2017. /Xinhua Photo'), '2017-11-11');
  assert.equal(parsePrintedDate('BRUSSELS 1996-08-22'), '1996-08-22');
});

test('incomplete or impossible dates give null', () => {
  assert.equal(parsePrintedDate('November 22'), null);
  assert.equal(parsePrintedDate('Feb. 30, 2017'), null);
  assert.equal(parsePrintedDate('6km'), null);
  assert.equal(parsePrintedDate(''), null);
});
