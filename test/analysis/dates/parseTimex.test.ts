import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseTimex } from '../../../server/src/analysis/dates/parseTimex';
import { datesIn } from './helpers';

test('a full date is a day, with its clock time or part of the day when it has one', () => {
  assert.deepEqual(parseTimex('2017-01-04'), { kind: 'day', y: 2017, m: 1, d: 4 });
  assert.deepEqual(parseTimex('2017-01-03T15:00'), { kind: 'day', y: 2017, m: 1, d: 3, time: { hour: 15, minute: 0 } });
  assert.deepEqual(parseTimex('2017-01-03T15'), { kind: 'day', y: 2017, m: 1, d: 3, time: { hour: 15 } });
  assert.deepEqual(parseTimex('2017-01-03T15:20:05'), { kind: 'day', y: 2017, m: 1, d: 3, time: { hour: 15, minute: 20, second: 5 } });
  assert.deepEqual(parseTimex('2017-11-22TEV'), { kind: 'day', y: 2017, m: 11, d: 22, time: { part: 'EV' } });
});

test('an hour or minute written XX is a clock reading with null, on a day that stays known', () => {
  assert.deepEqual(parseTimex('2017-11-22TXX:XX'), { kind: 'day', y: 2017, m: 11, d: 22, time: { hour: null, minute: null } });
  assert.deepEqual(parseTimex('2017-11-22T14:XX'), { kind: 'day', y: 2017, m: 11, d: 22, time: { hour: 14, minute: null } });
});

test('months, weeks, quarters, halves, seasons and years are their own kinds', () => {
  assert.deepEqual(parseTimex('2017-05'), { kind: 'month', y: 2017, m: 5 });
  assert.deepEqual(parseTimex('2017-W47'), { kind: 'week', y: 2017, w: 47 });
  assert.deepEqual(parseTimex('2017-W5'), { kind: 'week', y: 2017, w: 5 });
  assert.deepEqual(parseTimex('2017-Q3'), { kind: 'quarter', y: 2017, q: 3 });
  assert.deepEqual(parseTimex('2017-H1'), { kind: 'half', y: 2017, h: 1 });
  assert.deepEqual(parseTimex('2017-SU'), { kind: 'season', y: 2017, season: 'SU' });
  assert.deepEqual(parseTimex('2017'), { kind: 'year', y: 2017 });
});

test('a week may name its weekend or one of its days', () => {
  assert.deepEqual(parseTimex('2017-W47-WE'), { kind: 'week', y: 2017, w: 47, day: 'weekend' });
  assert.deepEqual(parseTimex('2017-W47-3'), { kind: 'week', y: 2017, w: 47, day: 3 });
});

test('"the 1990s" is a decade written 199 or 199X, "the 20th century" a century written 19 or 19XX', () => {
  for (const v of ['199', '199X']) assert.deepEqual(parseTimex(v), { kind: 'decade', decade: 199 }, v);
  for (const v of ['19', '19XX']) assert.deepEqual(parseTimex(v), { kind: 'century', century: 19 }, v);
});

test('the reference words are the past, the present and the future', () => {
  assert.deepEqual(parseTimex('PAST_REF'), { kind: 'ref', ref: 'past' });
  assert.deepEqual(parseTimex('PRESENT_REF'), { kind: 'ref', ref: 'present' });
  assert.deepEqual(parseTimex('FUTURE_REF'), { kind: 'ref', ref: 'future' });
});

test('a duration lists its amounts and units in order, an X amount as null', () => {
  assert.deepEqual(parseTimex('P25Y'), { kind: 'duration', parts: [{ amount: 25, unit: 'year' }] });
  assert.deepEqual(parseTimex('P1Y6M'), { kind: 'duration', parts: [{ amount: 1, unit: 'year' }, { amount: 6, unit: 'month' }] });
  assert.deepEqual(parseTimex('PXW'), { kind: 'duration', parts: [{ amount: null, unit: 'week' }] });
  assert.deepEqual(parseTimex('P2DE'), { kind: 'duration', parts: [{ amount: 2, unit: 'decade' }] });
  assert.deepEqual(parseTimex('PT1.5H'), { kind: 'duration', parts: [{ amount: 1.5, unit: 'hour' }] });
});

test('M after T is minutes, before it months', () => {
  assert.deepEqual(parseTimex('P2MT30M'), { kind: 'duration', parts: [{ amount: 2, unit: 'month' }, { amount: 30, unit: 'minute' }] });
  assert.deepEqual(parseTimex('PT48H'), { kind: 'duration', parts: [{ amount: 48, unit: 'hour' }] });
});

test('PXX ("for some time") is a duration with no known amount or unit', () => {
  assert.deepEqual(parseTimex('PXX'), { kind: 'duration', parts: [] });
});

test('recurring values with an unknown year are sets: every Thursday (night), every November, quarter, half, summer', () => {
  assert.deepEqual(parseTimex('XXXX-WXX-4'), { kind: 'set', every: 'weekday', weekday: 4 });
  assert.deepEqual(parseTimex('XXXX-WXX-2TNI'), { kind: 'set', every: 'weekday', weekday: 2, part: 'NI' });
  assert.deepEqual(parseTimex('XXXX-11'), { kind: 'set', every: 'month', m: 11 });
  assert.deepEqual(parseTimex('XXXX-Q2'), { kind: 'set', every: 'quarter', q: 2 });
  assert.deepEqual(parseTimex('XXXX-H1'), { kind: 'set', every: 'half', h: 1 });
  assert.deepEqual(parseTimex('XXXX-SU'), { kind: 'set', every: 'season', season: 'SU' });
});

test('a value with X digits keeps its known leading period and whether anything after it is known', () => {
  assert.deepEqual(parseTimex('2017-XX-XX'), { kind: 'partial', unit: 'day', within: { kind: 'year', y: 2017 }, alsoKnown: false });
  assert.deepEqual(parseTimex('2017-XX'), { kind: 'partial', unit: 'month', within: { kind: 'year', y: 2017 }, alsoKnown: false });
  assert.deepEqual(parseTimex('2017-11-XX'), { kind: 'partial', unit: 'day', within: { kind: 'month', y: 2017, m: 11 }, alsoKnown: false });
  assert.deepEqual(parseTimex('2017-WXX'), { kind: 'partial', unit: 'week', within: { kind: 'year', y: 2017 }, alsoKnown: false });
  assert.deepEqual(parseTimex('199X-XX-XX'), { kind: 'partial', unit: 'day', within: { kind: 'decade', decade: 199 }, alsoKnown: false });
  assert.deepEqual(parseTimex('2017-XX-15'), { kind: 'partial', unit: 'day', within: { kind: 'year', y: 2017 }, alsoKnown: true });
  assert.deepEqual(parseTimex('XXXX-XX-15'), { kind: 'partial', unit: 'day', within: null, alsoKnown: true });
});

test('an entirely unknown date or time knows nothing: XXXX, XXXX-XX-XX, XXXX-XX-XXTXX:XX', () => {
  assert.deepEqual(parseTimex('XXXX'), { kind: 'partial', unit: 'year', within: null, alsoKnown: false });
  assert.deepEqual(parseTimex('XXXX-XX-XX'), { kind: 'partial', unit: 'day', within: null, alsoKnown: false });
  assert.deepEqual(parseTimex('XXXX-XX-XXTXX:XX'), { kind: 'partial', unit: 'time', within: null, alsoKnown: false });
  assert.deepEqual(parseTimex('XXXX-XX-XXTMO'), { kind: 'partial', unit: 'time', within: null, alsoKnown: true });
});

test('impossible months, days, weeks, quarters, hours and minutes are not values', () => {
  for (const v of ['2017-13', '2017-00', '2017-11-32', '2017-11-00', '2017-W54', '2017-W00', '2017-Q5', '2017-H3', '2017-11-15T25:00', '2017-11-15T14:60']) {
    assert.equal(parseTimex(v), null, v);
  }
});

test('malformed shapes are not values: a one-digit month, bare P or PT, free text, the empty string', () => {
  for (const v of ['2017-1', '2017-11-1', 'P', 'PT', 'P3', 'P3X', 'garbage', '', 'T14:00', '2017/11/15', 'next Tuesday', 'present_ref', ' 2017', '19-11', '20171', 'constructor', '__proto__', 'toString']) {
    assert.equal(parseTimex(v), null, JSON.stringify(v));
  }
});

test('a part of the day goes only on a full date or a weekday set, not on a month or a dated week', () => {
  for (const v of ['2017-11TMO', '2017-W47-3TMO', 'XXXX-WXX-WETNI', 'XXXX-WXX-1T14:00']) assert.equal(parseTimex(v), null, v);
});

test('every value the date layer finds in the sample articles and in news sentences parses', () => {
  const dir = join(__dirname, '../../../samples');
  const refs: Record<string, string> = { 'wang-yi-kang-kyung-wha.article': '2017-11-22', 'wang-yi-minjoo-party.article': '2017-01-05' };
  const values: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.article'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) values.push(...datesIn(line, refs[f] ?? '2017-01-01').map((d) => d.value));
  }
  const own = 'The talks have gone on for some time and will resume every Monday night. In the 1990s, and for several weeks last spring, ' +
    'exports fell in the third quarter; the ministry reports every November, as it has for 25 years, most recently on Tuesday afternoon.';
  values.push(...datesIn(own, '2017-11-22').map((d) => d.value));
  assert.ok(values.length >= 15, `found only ${values.length} values`);
  for (const v of values) assert.notEqual(parseTimex(v), null, v);
});
