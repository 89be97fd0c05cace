import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 22 of the date layer). 8 December 2025 is a Monday.

const REF = '2025-12-08';
const pairs = (text: string, ref = REF) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('a clock time in a verbless phrase after a place\'s daily opening hour is that daily round\'s too', () => {
  assert.deepEqual(pairs('The aquarium opens at 9 a.m.; last entry at 4 p.m.'), [['9 a.m.', 'XXXX-XX-XXT09:00'], ['4 p.m.', 'XXXX-XX-XXT16:00']]);
  assert.deepEqual(pairs('The botanical garden opens at 8:30 a.m., with last admission at 5 p.m.'), [['8:30 a.m.', 'XXXX-XX-XXT08:30'], ['5 p.m.', 'XXXX-XX-XXT17:00']]);
  assert.deepEqual(pairs('The pool is open from 6 a.m. to 10 p.m., with the last swim at 9:30 p.m.'), [['6 a.m.', 'XXXX-XX-XXT06:00'], ['10 p.m.', 'XXXX-XX-XXT22:00'], ['9:30 p.m.', 'XXXX-XX-XXT21:30']]);
});

test('a clock time after a daily hour but told of one occasion (a future verb, a day) keeps its day', () => {
  assert.deepEqual(pairs('The aquarium opens at 9 a.m.; on Wednesday it will close at 2 p.m.'), [['9 a.m.', 'XXXX-XX-XXT09:00'], ['Wednesday', '2025-12-10'], ['2 p.m.', '2025-12-10T14:00']]);
  // No daily round before: a summit's timetable is one day's.
  assert.deepEqual(pairs('The summit opens at 10 a.m.; the leaders meet at noon.'), [['10 a.m.', '2025-12-08T10:00'], ['noon', '2025-12-08T12:00']]);
});

test('"midnight" or "noon" as a place\'s closing hour in the habitual present is every day\'s; told of one day it is one time', () => {
  assert.deepEqual(pairs('The night market closes at midnight.'), [['midnight', 'XXXX-XX-XXT24:00']]);
  assert.deepEqual(pairs('Banks in the capital close at noon during the holy month.'), [['noon', 'XXXX-XX-XXT12:00']]);
  assert.deepEqual(pairs('The night market closed at midnight on Friday.'), [['midnight on Friday', '2025-12-05T24:00']]);
  assert.deepEqual(pairs('The border crossing will close at midnight.'), [['midnight', '2025-12-08T24:00']]);
  assert.deepEqual(pairs('The ceasefire took effect at midnight.'), [['midnight', '2025-12-08T24:00']]);
});

test('"as early as" and "as soon as" stay outside the date they bound, as TimeBank marks them', () => {
  assert.deepEqual(pairs('Officials said a decision on the tariffs could come as early as next week.'), [['next week', '2025-W51']]);
  assert.deepEqual(pairs('The new visa rules could take effect as soon as next month.'), [['next month', '2026-01']]);
});

test('"the coming weeks/days/months" is an unspecified length of that unit, as most TimeBank cases mark it', () => {
  assert.deepEqual(pairs('The central bank is expected to cut rates in the coming weeks.'), [['the coming weeks', 'PXW']]);
  assert.deepEqual(pairs('More details of the rescue plan will be released in the coming days.'), [['the coming days', 'PXD']]);
});

test('a bare clock time in a past narrative is on the day named earlier in its paragraph', () => {
  assert.deepEqual(pairs('On Nov. 14, the ferry left the port at 7 a.m. and sank at 10 p.m. off the coast.'), [['Nov. 14', '2025-11-14'], ['7 a.m.', '2025-11-14T07:00'], ['10 p.m.', '2025-11-14T22:00']]);
  assert.deepEqual(pairs('Rescuers reached the village on Saturday. The last survivor was pulled out at 11 p.m.'), [['Saturday', '2025-12-06'], ['11 p.m.', '2025-12-06T23:00']]);
});

test('a past verb right after its sentence\'s subject governs the month after its object: no month of next year', () => {
  assert.deepEqual(pairs('The central bank raised its benchmark in January.'), [['January', '2025-01']]);
  assert.deepEqual(pairs('The Reserve Bank of India lowered rates in January for the first time in five years.'), [['January', '2025-01'], ['five years', 'P5Y']]);
  assert.deepEqual(pairs('It hiked steel tariffs in January.'), [['January', '2025-01']]);
  // A plan reported in the past, or an "-ed" adjective after a determiner, still leaves a near month ahead.
  assert.deepEqual(pairs('The ministry said it expected to finish the bridge in January.'), [['January', '2026-01']]);
  assert.deepEqual(pairs('The preferred shares mature in January.'), [['January', '2026-01']]);
});

test('"a year earlier" after a month of statistics is that month a year before, not a quarter', () => {
  assert.deepEqual(pairs('Profits of large industrial firms fell 5.5 percent in October from a year earlier.'), [['October', '2025-10'], ['a year earlier', '2024-10']]);
  // After a quarter it is still the quarter a year before.
  assert.deepEqual(pairs('Net profit rose 12 percent in the third quarter from a year earlier.'), [['the third quarter', '2025-Q3'], ['a year earlier', '2024-Q3']]);
});

test('"its" before a quarter is left out of the expression\'s extent', () => {
  assert.deepEqual(pairs('The carmaker will report its fourth-quarter results on Jan. 28.'), [['fourth-quarter', '2025-Q4'], ['Jan. 28', '2026-01-28']]);
  assert.deepEqual(pairs('The airline said its third quarter was its best on record.'), [['third quarter', '2025-Q3']]);
});

test('a lunar year frames no month after it: the Year of the Snake ends in February of the next calendar year', () => {
  assert.deepEqual(pairs('The Year of the Snake ends on Feb. 16, when families welcome the Year of the Horse.'), [['The Year of the Snake', '2025'], ['Feb. 16', '2026-02-16'], ['the Year of the Horse', '2026']]);
});

test('"the turn of the year" is no mention of the current year', () => {
  assert.deepEqual(pairs('Freight rates usually climb around the turn of the year.'), []);
  assert.deepEqual(pairs('Freight rates climbed in the year to November.'), [['the year', 'P1Y'], ['November', '2025-11']]);
});

test('a plural subject\'s present "end", "conclude" or "expire" before a weekday tells a schedule: the coming day', () => {
  assert.deepEqual(pairs('The Asian Games end on Sunday.'), [['Sunday', '2025-12-14']]);
  assert.deepEqual(pairs('The climate talks conclude on Friday.'), [['Friday', '2025-12-12']]);
  assert.deepEqual(pairs('The temporary permits expire on Thursday.'), [['Thursday', '2025-12-11']]);
  // A noun after a determiner is no verb: "the end" tells no schedule.
  assert.deepEqual(pairs('Fighting continued until the end on Sunday.'), [['Sunday', '2025-12-07']]);
});

test('"the week of" an abbreviated month\'s day is that day\'s week, one expression', () => {
  assert.deepEqual(pairs('The envoys are expected in Nairobi in the week of Dec. 15.'), [['the week of Dec. 15', '2025-W51']]);
  assert.deepEqual(pairs('Shipping resumed in the week of Sept 8.'), [['the week of Sept 8', '2025-W37']]);
});
