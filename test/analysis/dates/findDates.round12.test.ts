import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 12 of the date layer). Reference dates are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);
const sets = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value, d.type]);

test('what a past warning or alert is "of" or "for" lies ahead', () => {
  // 2026-01-16 is a Friday.
  assert.deepEqual(pairs('Meteorologists warned on Wednesday of heavy snow over the weekend.', '2026-01-16'),
    [['Wednesday', '2026-01-14'], ['the weekend', '2026-W03-WE']]);
  assert.deepEqual(pairs('Forecasters issued an alert on Wednesday for strong winds on Saturday.', '2026-01-16'),
    [['Wednesday', '2026-01-14'], ['Saturday', '2026-01-17']]);
  assert.deepEqual(pairs('The agency warned of flooding on Sunday.', '2026-01-16'), [['Sunday', '2026-01-18']]);
  // The warning's own day stays behind.
  assert.deepEqual(pairs('The agency warned on Tuesday of rising rivers.', '2026-01-16'), [['Tuesday', '2026-01-13']]);
});

test('a holiday in a story framed by a year takes that year', () => {
  assert.deepEqual(pairs('Last year, domestic tourism boomed. The Spring Festival holiday then lasted eight days.', '2026-02-20'),
    [['Last year', '2025'], ['Spring Festival', '2025-01-29'], ['eight days', 'P8D']]);
  assert.deepEqual(pairs('In 2025, travel surged. That year, the Spring Festival holiday lasted eight days.', '2026-02-20'),
    [['2025', '2025'], ['That year', '2025'], ['Spring Festival', '2025-01-29'], ['eight days', 'P8D']]);
  // Only the sentence right after, and only told in the past.
  assert.deepEqual(pairs('Last year, domestic tourism boomed. This year the Spring Festival holiday will last nine days.', '2026-01-10'),
    [['Last year', '2025'], ['This year', '2026'], ['Spring Festival', '2026-02-17'], ['nine days', 'P9D']]);
});

test('a holiday right before a full date belongs to that date\'s year', () => {
  assert.deepEqual(pairs('Beijing held grand National Day parades on Oct. 1, 2009 and Oct. 1, 2019.', '2025-10-03'),
    [['National Day', '2009-10-01'], ['Oct. 1, 2009', '2009-10-01'], ['Oct. 1, 2019', '2019-10-01']]);
  assert.deepEqual(pairs('The square hosted Christmas celebrations on Dec. 25, 2019.', '2025-10-03'),
    [['Christmas', '2019-12-25'], ['Dec. 25, 2019', '2019-12-25']]);
});

test('opening hours followed by a range of weekdays with no comma recur', () => {
  assert.deepEqual(sets('The museum is open from 8:30 a.m. to 5 p.m. Tuesday to Sunday.', '2026-04-17'), [
    ['8:30 a.m.', 'XXXX-XX-XXT08:30', 'set'], ['5 p.m.', 'XXXX-XX-XXT17:00', 'set'],
    ['Tuesday', 'XXXX-WXX-2', 'set'], ['Sunday', 'XXXX-WXX-7', 'set']]);
});

test('a full date set off right after a count of years or months gives the count its value', () => {
  assert.deepEqual(pairs('He announced his candidacy in December 2015. Less than a year later, on Nov. 4, 2016, he was elected.', '2026-01-10'),
    [['December 2015', '2015-12'], ['Less than a year later', '2016-11'], ['Nov. 4, 2016', '2016-11-04']]);
  assert.deepEqual(pairs('The plant opened on May 2, 2021. A year earlier, on April 20, 2020, ground had been broken.', '2026-01-10'),
    [['May 2, 2021', '2021-05-02'], ['A year earlier', '2020-04-20'], ['April 20, 2020', '2020-04-20']]);
  // With nothing dated before, the count still takes the restated date, at its own grain.
  assert.deepEqual(pairs('Nearly a decade later, on Nov. 4, 2016, the accord took effect.', '2026-01-10'),
    [['Nearly a decade later', '2016'], ['Nov. 4, 2016', '2016-11-04']]);
});

test('a weekday and clock time in a timetable after a weekly service recur', () => {
  // 2026-01-14 is a Wednesday.
  assert.deepEqual(sets('The direct flight departs Beijing every Friday. It lands at 6 a.m. Saturday in Budapest.', '2026-01-14'),
    [['every Friday', 'XXXX-WXX-5', 'set'], ['6 a.m. Saturday', 'XXXX-WXX-6T06:00', 'set']]);
  // One trip told in the past, or a schedule without a weekly service, is one day.
  assert.deepEqual(sets('The train runs every Friday. Last week it arrived at 7 a.m. Saturday, hours late.', '2026-01-14'),
    [['every Friday', 'XXXX-WXX-5', 'set'], ['Last week', '2026-W02', 'date'], ['7 a.m. Saturday', '2026-01-10T07:00', 'time']]);
  assert.deepEqual(sets('The summit opens on Friday. Leaders arrive at 9 a.m. Saturday.', '2026-01-14'),
    [['Friday', '2026-01-16', 'date'], ['9 a.m. Saturday', '2026-01-17T09:00', 'time']]);
});

test('a league season in sport is a date valued by the year it starts, or underspecified while leagues disagree', () => {
  // From August to December a season under way began this year, whatever the league's calendar.
  assert.deepEqual(pairs('He scored 31 goals last season and has 12 so far this season.', '2025-11-20'),
    [['last season', '2024'], ['this season', '2025']]);
  // From January to July a 2025-26 season and a 2026 season are both "this season".
  assert.deepEqual(pairs('The striker scored 31 goals last season and has 12 so far this season.', '2026-03-20'),
    [['last season', 'PAST_REF'], ['this season', 'PRESENT_REF']]);
  // Seasons of flu or harvest, and counts of seasons, are not marked.
  assert.deepEqual(pairs('Flu cases have risen sharply this season, health officials said.', '2025-11-20'), []);
  assert.deepEqual(pairs('The club has won the league in each of the past three seasons.', '2025-11-20'), []);
});

test('an alert "of" a season is partitive, and "forecast on" a day is the past verb', () => {
  // 2026-01-16 is a Friday.
  assert.deepEqual(pairs('Beijing issued its first orange alert of the winter on Tuesday.', '2026-01-16'),
    [['the winter', '2025-WI'], ['Tuesday', '2026-01-13']]);
  assert.deepEqual(pairs('The observatory forecast on Wednesday that the cold wave would ease by Monday.', '2026-01-16'),
    [['Wednesday', '2026-01-14'], ['Monday', '2026-01-19']]);
});

test('a holiday takes the year of a full date set off after it or closing its clause', () => {
  assert.deepEqual(pairs('The first National Day parade was held on Oct. 1, 1949.', '2025-10-03'),
    [['National Day', '1949-10-01'], ['Oct. 1, 1949', '1949-10-01']]);
  assert.deepEqual(pairs('He gave a speech on National Day, Oct. 1, 2019.', '2025-10-03'),
    [['National Day', '2019-10-01'], ['Oct. 1, 2019', '2019-10-01']]);
});

test('a year set off after a count restates it; weekday hours in opening times recur', () => {
  assert.deepEqual(pairs('Five years later, in 2021, the company went public.', '2026-01-10'),
    [['Five years later', '2021'], ['2021', '2021']]);
  assert.deepEqual(sets('The office is open 9 a.m. to 5 p.m. Monday to Friday and 10 a.m. to 2 p.m. Saturday.', '2026-04-17').slice(4),
    [['10 a.m.', 'XXXX-XX-XXT10:00', 'set'], ['2 p.m. Saturday', 'XXXX-WXX-6T14:00', 'set']]);
});

test('"until" after a past verb of lasting closes what went on; after a verb of delay it looks ahead', () => {
  // 2026-04-17 is a Friday.
  assert.deepEqual(pairs('Talks ran until 5 p.m. Tuesday.', '2026-04-17'), [['5 p.m. Tuesday', '2026-04-14T17:00']]);
  assert.deepEqual(pairs('The fire raged until Wednesday.', '2026-04-17'), [['Wednesday', '2026-04-15']]);
  assert.deepEqual(pairs('The vote was delayed until Tuesday.', '2026-04-17'), [['Tuesday', '2026-04-21']]);
});

test('noon or midnight with a weekday in a weekly timetable recurs', () => {
  assert.deepEqual(sets('The freight train leaves Xi\'an every Tuesday. It reaches Duisburg at noon Thursday 12 days later.', '2026-01-14'),
    [['every Tuesday', 'XXXX-WXX-2', 'set'], ['noon Thursday', 'XXXX-WXX-4T12:00', 'set'], ['12 days', 'P12D', 'duration']]);
});
