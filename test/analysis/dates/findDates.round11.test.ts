import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 11 of the date layer, read in whole articles of our own). Reference dates
// are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);
const sets = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value, d.type]);

test('a tense marker in the next coordinated clause does not decide a weekday of its own clause', () => {
  // 2026-02-14 is a Saturday: the crew entered quarantine on the Thursday behind.
  assert.deepEqual(pairs('The crew entered quarantine in Houston on Thursday and will fly to Florida next week.', '2026-02-14'),
    [['Thursday', '2026-02-12'], ['next week', '2026-W08']]);
  // With no marker of its own, the clause after "and" still decides.
  assert.deepEqual(pairs('On Thursday and Friday the ministers will meet in Geneva.', '2026-02-14'),
    [['Thursday', '2026-02-19'], ['Friday', '2026-02-20']]);
});

test('"the same period last year" outside talk of quarters is last year', () => {
  assert.deepEqual(pairs('Trips in the first week are likely to exceed those of the same period last year by 8 percent.', '2026-01-29'),
    [['the same period last year', '2025']]);
  // Where quarters are compared it stays the quarter a year back.
  assert.deepEqual(pairs('Net profit rose 12 percent in the third quarter from the same period last year.', '2025-11-10'),
    [['the third quarter', '2025-Q3'], ['the same period last year', '2024-Q3']]);
});

test('"the day before" and "the week before" closing a clause count from the day just told', () => {
  // 2025-09-24 is a Wednesday.
  assert.deepEqual(pairs('The typhoon killed 14 people in Taiwan on Tuesday and left three dead in the Philippines the day before.', '2025-09-24'),
    [['Tuesday', '2025-09-23'], ['the day before', '2025-09-22']]);
  assert.deepEqual(pairs('The storm hit on Tuesday. It had formed the week before, east of Luzon.', '2025-09-24'),
    [['Tuesday', '2025-09-23'], ['the week before', '2025-W38']]);
  // Before a noun the anchor is an event with no date; with no day told before there is nothing to count from.
  assert.deepEqual(pairs('Turnout was high the day before the vote.', '2025-09-24'), []);
  assert.deepEqual(pairs('The ceasefire held the day after.', '2025-09-24'), []);
});

test('a clock time opening a range that ends on a part of a day keeps its weekday', () => {
  assert.deepEqual(pairs('Authorities suspended rail services from noon Tuesday until Thursday morning.', '2025-09-24'),
    [['noon Tuesday', '2025-09-23T12:00'], ['Thursday morning', '2025-09-25TMO']]);
  assert.deepEqual(pairs('Roads were closed from 8 p.m. Monday to Wednesday afternoon.', '2025-09-24'),
    [['8 p.m. Monday', '2025-09-22T20:00'], ['Wednesday afternoon', '2025-09-24TAF']]);
});

test('clock times of opening hours and of daily or weekly schedules recur', () => {
  assert.deepEqual(sets('The museum is open from 8:30 a.m. to 5 p.m., Tuesday to Sunday.', '2026-04-17'), [
    ['8:30 a.m.', 'XXXX-XX-XXT08:30', 'set'], ['5 p.m.', 'XXXX-XX-XXT17:00', 'set'],
    ['Tuesday', 'XXXX-WXX-2', 'set'], ['Sunday', 'XXXX-WXX-7', 'set']]);
  assert.deepEqual(sets('Performances take place at 10 a.m. and 2 p.m. every Saturday.', '2026-04-17'), [
    ['10 a.m.', 'XXXX-XX-XXT10:00', 'set'], ['2 p.m.', 'XXXX-XX-XXT14:00', 'set'], ['every Saturday', 'XXXX-WXX-6', 'set']]);
  // A day closing the period of the hours is no one day.
  assert.deepEqual(sets('An exhibition will be open from 9 a.m. to 5 p.m. daily through Oct. 8.', '2025-09-03'), [
    ['9 a.m.', 'XXXX-XX-XXT09:00', 'set'], ['5 p.m.', 'XXXX-XX-XXT17:00', 'set'], ['daily', 'P1D', 'set'], ['Oct. 8', '2025-10-08', 'date']]);
  assert.deepEqual(sets('The shuttle operates 7am-11pm on weekdays.', '2026-04-17'), [
    ['7am', 'XXXX-XX-XXT07:00', 'set'], ['11pm', 'XXXX-XX-XXT23:00', 'set']]);
});

test('clock times of one day stay times of that day', () => {
  assert.deepEqual(pairs('The museum is open today until 8 p.m.', '2026-04-17'), [['today', '2026-04-17'], ['8 p.m.', '2026-04-17T20:00']]);
  assert.deepEqual(pairs('The parade began at 9 a.m. and lasted about 70 minutes.', '2026-04-17'), [['9 a.m.', '2026-04-17T09:00'], ['about 70 minutes', 'PT70M']]);
});

test('"the weekend of March 7-8" is dated by its days, not taken as this weekend', () => {
  assert.deepEqual(pairs('The new season begins on the weekend of March 7-8, the association said on Friday.', '2025-11-22'),
    [['March 7', '2026-03-07'], ['8', '2026-03-08'], ['Friday', '2025-11-21']]);
});

test('a holiday or festival after "every" or "each" recurs: its day of each year, or yearly when it moves', () => {
  assert.deepEqual(sets("The gala has been broadcast every Lunar New Year's Eve since 1983.", '2026-01-29'),
    [["every Lunar New Year's Eve", 'P1Y', 'set'], ['1983', '1983', 'date']]);
  assert.deepEqual(sets('Families gather each Spring Festival.', '2026-01-29'), [['each Spring Festival', 'P1Y', 'set']]);
  assert.deepEqual(sets('The choir sings every Christmas Eve.', '2026-01-29'), [['every Christmas Eve', 'XXXX-12-24', 'set']]);
  assert.deepEqual(sets('Every National Day, crowds fill the square.', '2026-01-29'), [['Every National Day', 'XXXX-10-01', 'set']]);
  assert.deepEqual(sets('The town fills with visitors every Easter.', '2026-01-29'), [['every Easter', 'P1Y', 'set']]);
});

test('a day designated an observance with an adverb before the participle has no year', () => {
  assert.deepEqual(pairs('Japan signed the surrender on Sept. 2, 1945, and Sept. 3 was later designated as Victory Day.', '2025-09-03'),
    [['Sept. 2, 1945', '1945-09-02'], ['Sept. 3', 'XXXX-09-03']]);
  assert.deepEqual(pairs('Dec. 4 has since been named National Constitution Day.', '2025-09-03'), [['Dec. 4', 'XXXX-12-04']]);
  assert.deepEqual(pairs('Sept. 3 was a sunny day.', '2025-09-03'), [['Sept. 3', '2025-09-03']]);
});

test('"a year earlier" after a period of months in national statistics is the year before, not a month just named', () => {
  assert.deepEqual(pairs('Output was lower than in October. In the first 11 months, output rose 5.9 percent from a year earlier.', '2025-12-15'),
    [['October', '2025-10'], ['the first 11 months', 'P11M'], ['a year earlier', '2024']]);
});
