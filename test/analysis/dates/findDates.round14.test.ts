import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 14 of the date layer). Reference dates are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('any past form after "will" is the bare verb, so "will" still puts the day ahead', () => {
  // "last", "cut" and "hit" alike: a month and day just gone, under "will", is next year's.
  assert.deepEqual(pairs('The ice festival will last until Jan. 5.', '2026-01-20'), [['Jan. 5', '2027-01-05']]);
  assert.deepEqual(pairs('The central bank will cut rates on Jan. 10.', '2026-01-20'), [['Jan. 10', '2027-01-10']]);
  assert.deepEqual(pairs('Officials fear the cold wave will hit the north on Jan. 12.', '2026-01-20'), [['Jan. 12', '2027-01-12']]);
});

test('a weekday after a common noun and "will be on" is a weekday to come, not the day just mentioned', () => {
  // 2025-07-15 is a Tuesday; July 7 was a Monday. Only a holiday's or a date's name before "is on" ties the weekday to
  // it ("Christmas falls on a Thursday"); "the next round" names no day.
  assert.deepEqual(pairs('The talks opened on Monday, July 7. The next round will be on Monday.', '2025-07-15'),
    [['Monday, July 7', '2025-07-07'], ['Monday', '2025-07-21']]);
  assert.deepEqual(pairs('Christmas falls on a Thursday this year.', '2025-07-15'),
    [['Christmas', '2025-12-25'], ['Thursday', '2025-12-25'], ['this year', '2025']]);
});

test('a full date after a holiday dates it only when lower-case words lead to it, not another clause\'s subject', () => {
  // "Alibaba reported on Jan. 8, 2020" is the report's date; the Christmas before it is the one just past.
  assert.deepEqual(pairs('Online sales peaked before Christmas, Alibaba reported on Jan. 8, 2020.', '2020-01-09'),
    [['Christmas', '2019-12-25'], ['Jan. 8, 2020', '2020-01-08']]);
  assert.deepEqual(pairs('The first National Day parade was held on Oct. 1, 1949.', '2025-07-15'),
    [['National Day', '1949-10-01'], ['Oct. 1, 1949', '1949-10-01']]);
});

test('the last day of a range across a New Year falls after its first, whatever the tense', () => {
  // Said in July: the exhibition opens in November and closes in the January after.
  assert.deepEqual(pairs('The art exhibition runs from Nov. 28 to Jan. 5.', '2025-07-15'),
    [['Nov. 28', '2025-11-28'], ['Jan. 5', '2026-01-05']]);
  assert.deepEqual(pairs('The survey was conducted between Nov. 20 and Jan. 10.', '2025-07-15'),
    [['Nov. 20', '2024-11-20'], ['Jan. 10', '2025-01-10']]);
  // A year framing the sentence dates the first day; the last still follows it.
  assert.deepEqual(pairs('In 2024, the lantern fair ran from Nov. 28 to Jan. 5.', '2025-07-15'),
    [['2024', '2024'], ['Nov. 28', '2024-11-28'], ['Jan. 5', '2025-01-05']]);
});

test('the year printed after a range\'s last day in another month dates its first day', () => {
  assert.deepEqual(pairs('The 19th Asian Games were held in Hangzhou from Sept. 23 to Oct. 8, 2023.', '2025-07-15'),
    [['Sept. 23', '2023-09-23'], ['Oct. 8, 2023', '2023-10-08']]);
  // Across a New Year the first day is in the year before.
  assert.deepEqual(pairs('The ice festival ran from Dec. 20 to Jan. 3, 2024.', '2025-07-15'),
    [['Dec. 20', '2023-12-20'], ['Jan. 3, 2024', '2024-01-03']]);
});

test('the day told after the last clock time of a range dates the first one too', () => {
  // 2025-07-15 is a Tuesday.
  assert.deepEqual(pairs('The blackout lasted from 2 p.m. to 6 p.m. on Sunday.', '2025-07-15'),
    [['2 p.m.', '2025-07-13T14:00'], ['6 p.m. on Sunday', '2025-07-13T18:00']]);
  assert.deepEqual(pairs('Roads will be closed between 9 p.m. and 11 p.m. Friday.', '2025-07-15'),
    [['9 p.m.', '2025-07-18T21:00'], ['11 p.m. Friday', '2025-07-18T23:00']]);
  assert.deepEqual(pairs('The launch window runs from 9:30 a.m. to 11 a.m. Beijing time on July 20.', '2025-07-15'),
    [['9:30 a.m.', '2025-07-20T09:30'], ['11 a.m. Beijing time on July 20', '2025-07-20T11:00']]);
});

test('a bare capitalized "New Year" is the first of January, unless another calendar\'s', () => {
  assert.deepEqual(pairs('Box office takings during the New Year holiday rose 10 percent.', '2025-07-15'), [['New Year', '2025-01-01']]);
  assert.deepEqual(pairs('Over the Christmas and New Year period, 2 million people are expected to travel.', '2025-12-20'),
    [['Christmas', '2025-12-25'], ['New Year', '2026-01-01']]);
  assert.deepEqual(pairs('Fireworks lit up the sky on New Year’s Eve.', '2026-01-02'), [['New Year’s Eve', '2025-12-31']]);
  // Another calendar's New Year, and a lower-case "year" opening a sentence, are not the first of January.
  assert.deepEqual(pairs('Iranians celebrated the Persian New Year in March.', '2025-07-15'), [['March', '2025-03']]);
  assert.deepEqual(pairs('New year, new rules: the law takes effect on Jan. 1.', '2025-12-20'), [['Jan. 1', '2026-01-01']]);
});

test('a holiday early next year, named in the past tense in December, is the coming one', () => {
  assert.deepEqual(pairs('Bookings for the New Year holiday opened on Monday.', '2025-12-20'),
    [['New Year', '2026-01-01'], ['Monday', '2025-12-15']]);
});

test('"end-" before a month or a year is its end, as agencies write it', () => {
  assert.deepEqual(pairs('By end-June, the country\'s forex reserves stood at 3.3 trillion dollars.', '2025-07-15'), [['end-June', '2025-06']]);
  assert.deepEqual(pairs('The new terminal will be completed by end-2026.', '2025-07-15'), [['end-2026', '2026']]);
});

test('the morning, afternoon or evening of a date is that part of the day', () => {
  assert.deepEqual(pairs('On the afternoon of July 12, the delegation visited the port.', '2025-07-15'),
    [['the afternoon of July 12', '2025-07-12TAF']]);
  assert.deepEqual(pairs('On the evening of 3 March 2024, the two sides signed the agreement.', '2025-07-15'),
    [['the evening of 3 March 2024', '2024-03-03TEV']]);
  // "the night of" keeps the date alone, as "Friday night" has the day's value; a part of an event is no date.
  assert.deepEqual(pairs('The ferry departed on the night of July 10.', '2025-07-15'), [['July 10', '2025-07-10']]);
  assert.deepEqual(pairs('The morning of the launch was cloudy.', '2025-07-15'), []);
});

test('"last" after a modal and an adverb is the verb, outside the length of time', () => {
  assert.deepEqual(pairs('The holiday will also last eight days.', '2025-01-14'), [['eight days', 'P8D']]);
  assert.deepEqual(pairs('The heatwave could possibly last two weeks.', '2025-07-15'), [['two weeks', 'P2W']]);
  // "the last eight days" keeps its "last": the eight days up to now.
  assert.deepEqual(pairs('Sales over the last eight days rose 9 percent.', '2025-07-15'), [['the last eight days', 'P8D']]);
});

test('Beijing time as "BJT", an offset from GMT, and a place\'s time after a four-digit clock are zones', () => {
  // 2025-07-15 is a Tuesday.
  assert.deepEqual(pairs('The launch is set for 7:30 pm BJT on July 18.', '2025-07-15'), [['7:30 pm BJT on July 18', '2025-07-18T19:30']]);
  assert.deepEqual(pairs('The event will be streamed live at 10 a.m. GMT+8 on Thursday.', '2025-07-15'),
    [['10 a.m. GMT+8 on Thursday', '2025-07-17T10:00']]);
  assert.deepEqual(pairs('The eclipse will be visible from 0800 Beijing time on Friday.', '2025-07-15'),
    [['0800 Beijing time on Friday', '2025-07-18T08:00']]);
  // A year is no clock time.
  assert.deepEqual(pairs('Sales in 2030 are forecast to double.', '2025-07-15'), [['2030', '2030']]);
});

test('"the latter half" of a year is its second half', () => {
  assert.deepEqual(pairs('In the latter half of the year, growth is expected to pick up.', '2025-07-15'),
    [['the latter half of the year', '2025-H2']]);
  assert.deepEqual(pairs('Sales rose in the latter half of 2024.', '2025-07-15'), [['the latter half of 2024', '2024-H2']]);
  assert.deepEqual(pairs('The latter half of the match was goalless.', '2025-07-15'), []);
});
