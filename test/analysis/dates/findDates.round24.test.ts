import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 24 of the date layer). 7 December 2026 is a Monday.

const REF = '2026-12-07';
const pairs = (text: string, ref = REF) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('a weekday told in a past clause after "daily, but" is that one day, and its clock time is that day\'s', () => {
  assert.deepEqual(pairs('The museum is open at 9 a.m. daily, but on Friday it closed at 2 p.m.'), [['9 a.m.', 'XXXX-XX-XXT09:00'], ['daily', 'P1D'], ['Friday', '2026-12-04'], ['2 p.m.', '2026-12-04T14:00']]);
  assert.deepEqual(pairs('The ferry leaves at 7 a.m. every day, but on Sunday it will leave at 9 a.m. because of the race.'), [['7 a.m.', 'XXXX-XX-XXT07:00'], ['every day', 'P1D'], ['Sunday', '2026-12-13'], ['9 a.m.', '2026-12-13T09:00']]);
});

test('a weekday left out of a daily round with no clause of its own still recurs', () => {
  assert.deepEqual(pairs('The pavilion is open daily but Monday.'), [['daily', 'P1D'], ['Monday', 'XXXX-WXX-1']]);
  assert.deepEqual(pairs('The shuttle runs every day except Sunday.'), [['every day', 'P1D'], ['Sunday', 'XXXX-WXX-7']]);
});

test('a month after a split season falls in the season\'s later year when the season reaches it', () => {
  assert.deepEqual(pairs('The 2024-25 season ended in May.'), [['2024-25', '2024'], ['May', '2025-05']]);
  assert.deepEqual(pairs('The 2024-25 season kicked off in August and ended in May with a first title for the club.'), [['2024-25', '2024'], ['August', '2024-08'], ['May', '2025-05']]);
  assert.deepEqual(pairs('The 2026/27 school year started in September and ends in June.'), [['2026/27', '2026'], ['September', '2026-09'], ['June', '2027-06']]);
});

test('a fiscal year split across two years reaches its later year only from January to March', () => {
  assert.deepEqual(pairs('India\'s fiscal 2025-26 budget was presented in February.'), [['fiscal 2025-26', '2025'], ['February', '2026-02']]);
  assert.deepEqual(pairs('Fiscal 2025-26 exports rose 9 percent in May.'), [['Fiscal 2025-26', '2025'], ['May', '2025-05']]);
});

test('the sentence\'s past verb over a long object governs the month after it: last January, not the next', () => {
  assert.deepEqual(pairs('The bank raised its key lending rate in January.'), [['January', '2026-01']]);
  assert.deepEqual(pairs('The central bank raised its key lending rate by a quarter point in January.'), [['January', '2026-01']]);
  assert.deepEqual(pairs('The council adopted a new plan on climate in January, officials said.'), [['January', '2026-01']]);
});

test('a past verb does not govern a month in an infinitive or a future clause after it', () => {
  assert.deepEqual(pairs('The firm signed a deal to build a plant in January.'), [['January', '2027-01']]);
  assert.deepEqual(pairs('The company said it will raise prices in January.'), [['January', '2027-01']]);
});

test('clock times told with "six days a week" or "seven days a week" are each such day\'s hours, and the phrase is a set', () => {
  assert.deepEqual(pairs('The clinic will be open from 9 a.m. to 9 p.m., six days a week.'), [['9 a.m.', 'XXXX-XX-XXT09:00'], ['9 p.m.', 'XXXX-XX-XXT21:00'], ['six days a week', 'P1W']]);
  assert.deepEqual(pairs('Volunteers staff the hotline from 8 a.m. to 10 p.m., seven days a week.'), [['8 a.m.', 'XXXX-XX-XXT08:00'], ['10 p.m.', 'XXXX-XX-XXT22:00'], ['seven days a week', 'P1W']]);
  assert.deepEqual(pairs('The new border crossing operates from 7 a.m. to 7 p.m. every day.'), [['7 a.m.', 'XXXX-XX-XXT07:00'], ['7 p.m.', 'XXXX-XX-XXT19:00'], ['every day', 'P1D']]);
});

test('clock times of one named day stay that day\'s', () => {
  assert.deepEqual(pairs('The hall opened from 9 a.m. to 9 p.m. on Saturday.'), [['9 a.m.', '2026-12-05T09:00'], ['9 p.m. on Saturday', '2026-12-05T21:00']]);
});

test('a weekday said to mark a solar term or holiday is that day when the day falls on it', () => {
  // The Winter Solstice of 2026 falls on Tuesday, Dec. 22, in Beijing time.
  assert.deepEqual(pairs('Tuesday marks the Winter Solstice.'), [['Tuesday', '2026-12-22'], ['Winter Solstice', '2026-12-22']]);
  assert.deepEqual(pairs('Thursday is Christmas Eve, and shops will close early.'), [['Thursday', '2026-12-24'], ['Christmas Eve', '2026-12-24']]);
});

test('a weekday the named day does not fall on keeps its own date', () => {
  assert.deepEqual(pairs('Monday marks the Winter Solstice.'), [['Monday', '2026-12-07'], ['Winter Solstice', '2026-12-22']]);
});

test('"year-to-date" and "year to date" are the current year, as "so far this year" is', () => {
  assert.deepEqual(pairs('Sales of new-energy vehicles are up 8 percent year-to-date.'), [['year-to-date', '2026']]);
  assert.deepEqual(pairs('Year to date, the Shanghai index has gained 12 percent.'), [['Year to date', '2026']]);
  assert.deepEqual(pairs('The year-to-date gain is the largest since 2009.'), [['year-to-date', '2026'], ['2009', '2009']]);
  assert.deepEqual(pairs('Sales are up 8 percent so far this year.'), [['this year', '2026']]);
});

test('"month-to-date" and "quarter-to-date" are the current month and quarter; "the year to date" stays "the year"', () => {
  assert.deepEqual(pairs('The fund has returned 3 percent month-to-date.'), [['month-to-date', '2026-12']]);
  assert.deepEqual(pairs('Quarter-to-date revenue is flat.'), [['Quarter-to-date', '2026-Q4']]);
  assert.deepEqual(pairs('Exports rose 5 percent in the year to date.'), [['the year', '2026']]);
});

test('"up to date" is no period', () => {
  assert.deepEqual(pairs('The records have been brought up to date.'), []);
});

test('a split season opening the sentence with its article frames the months after the comma', () => {
  assert.deepEqual(pairs('In the 2024-25 season, the club won the cup in April.'), [['2024-25', '2024'], ['April', '2025-04']]);
  assert.deepEqual(pairs('During the 2025/26 school year, enrolment fell in February.'), [['2025/26', '2025'], ['February', '2026-02']]);
});
