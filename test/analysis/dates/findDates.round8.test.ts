import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn, mention } from './helpers';
import { findDatesAfter } from '../../../server/src/analysis/dates/findDates';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';

// Sentences written for these tests (round 8 of the date layer). Reference dates are given per test.

test('"a second" before a noun is the ordinal, not a length of one second', () => {
  assert.deepEqual(datesIn('The draft law will be submitted for a second reading in December.', '2025-11-14').map((d) => d.text), ['December']);
  assert.equal(mention('For a second straight year, exports rose.', '2025-11-14', 'a second'), undefined);
  // A length it stays before a preposition or at the end of a clause.
  assert.equal(mention('She paused for a second before answering.', '2025-11-14', 'a second')?.value, 'PT1S');
  assert.equal(mention('The light flickered for a second, then went out.', '2025-11-14', 'a second')?.value, 'PT1S');
});

test('"to last" is a verb with no tense: "expected to last until Thursday" looks ahead', () => {
  // 15 July 2024 is a Monday.
  assert.equal(mention('The heatwave is expected to last until at least Thursday.', '2024-07-15', 'Thursday')?.value, '2024-07-18');
  assert.equal(mention('The meeting last Thursday ended early.', '2024-07-15', 'last Thursday')?.value, '2024-07-11');
});

test('irregular pasts of news set the tense: "Q4 revenue beat expectations" in January is last year\'s fourth quarter', () => {
  assert.equal(mention('Q4 revenue beat expectations.', '2026-01-14', 'Q4')?.value, '2025-Q4');
  assert.equal(mention('Fourth-quarter revenue beat expectations.', '2026-01-14', 'Fourth-quarter')?.value, '2025-Q4');
  // 14 January 2026 is a Wednesday: the Friday a team fought on is behind.
  assert.equal(mention('The rebels fought government troops on Friday.', '2026-01-14', 'Friday')?.value, '2026-01-09');
});

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('statistics write month ranges short without a full stop: "Jan-Oct" is January and October', () => {
  assert.deepEqual(pairs('Exports in Jan-Oct rose 5.3 percent year on year.', '2025-12-03'), [['Jan', '2025-01'], ['Oct', '2025-10']]);
  assert.deepEqual(pairs('Retail sales from Jan to Oct rose 4.3 percent.', '2025-12-03'), [['Jan', '2025-01'], ['Oct', '2025-10']]);
});

test('day ranges after a month written short: "Oct 1-7", "Nov 30-Dec 2"', () => {
  assert.deepEqual(pairs('The Golden Week holiday ran Oct 1-7.', '2025-12-03'), [['Oct 1', '2025-10-01'], ['7', '2025-10-07']]);
  assert.deepEqual(pairs('The climate talks ran Nov 30-Dec 2 in Nairobi.', '2025-12-03'), [['Nov 30', '2025-11-30'], ['Dec 2', '2025-12-02']]);
});

test('a clock time "on Oct 20" (month written short) is a time of that day', () => {
  assert.deepEqual(pairs('The vote was held at 9 am on Oct 20.', '2024-10-25'), [['9 am on Oct 20', '2024-10-20T09:00']]);
});

test('both ends of a clock range glued by a dash are times: "10am-4pm"', () => {
  assert.deepEqual(pairs('The book fair opened Saturday and runs 10am-4pm.', '2024-10-26'),
    [['Saturday', '2024-10-26'], ['10am', '2024-10-26T10:00'], ['4pm', '2024-10-26T16:00']]);
});

test('"the 20th of this month" is one day of the month named by deixis; "the 1st of the month" is not guessed', () => {
  assert.deepEqual(pairs('Online registration opens on the 20th of this month.', '2024-07-15'), [['the 20th of this month', '2024-07-20']]);
  assert.deepEqual(pairs('The deadline is the fifth of next month.', '2024-07-15'), [['the fifth of next month', '2024-08-05']]);
  assert.deepEqual(pairs('Rent is due on the 1st of the month.', '2024-07-15'), []);
});

test('a season after "every" or "each" is a recurring season', () => {
  assert.deepEqual(datesIn('The trade fair is held each autumn in Guangzhou.', '2024-07-15').map((d) => [d.text, d.type, d.value]),
    [['each autumn', 'set', 'XXXX-FA']]);
  assert.equal(mention('Every spring, the valley fills with tourists.', '2024-07-15', 'Every spring')?.value, 'XXXX-SP');
  assert.deepEqual(datesIn('Every fall of the index worries investors.', '2024-07-15'), []);
});

test('"a year earlier" after a year compared with it is the year before that year', () => {
  // Reported in March 2026: "last year" is 2025, so "a year earlier" is 2024 (not a quarter).
  assert.equal(mention('The company posted a net profit of 2 billion yuan last year, up 12 percent from a year earlier.', '2026-03-05', 'a year earlier')?.value, '2024');
});

test('a month qualifying figures is over when they are reported, even in the future tense', () => {
  // 2 September 2025: "its August data" is this August, not next year's.
  assert.equal(mention('The statistics bureau will release its August data next week.', '2025-09-02', 'August')?.value, '2025-08');
  assert.equal(mention("China's December trade data will be released on Monday.", '2025-01-10', 'December')?.value, '2024-12');
  assert.equal(mention('Beijing will publish the July CPI on Friday.', '2025-09-02', 'July')?.value, '2025-07');
  // An event or a target named by the month is not a figure counted over it.
  assert.equal(mention('The retailer will hold its November sales event.', '2025-09-02', 'November')?.value, '2025-11');
});

test('"mid-century", "the end of the century" are the current century', () => {
  assert.equal(mention('China aims to achieve carbon neutrality before mid-century.', '2025-09-02', 'mid-century')?.value, '20');
  assert.equal(mention('Sea levels could rise by a meter by the end of the century.', '2025-09-02', 'the end of the century')?.value, '20');
  assert.equal(mention('The city will have 30 million residents by the middle of this century.', '2025-09-02', 'the middle of this century')?.value, '20');
});

test('a round number that says "at least" ("20-plus", "30-odd", "20+") counts as that number', () => {
  assert.equal(mention('The station has operated for 20-plus years.', '2025-09-02', '20-plus years')?.value, 'P20Y');
  assert.equal(mention('The border dispute has lasted thirty-odd years.', '2025-09-02', 'thirty-odd years')?.value, 'P30Y');
  assert.equal(mention('The firm has 20+ years of experience.', '2025-09-02', '20+ years')?.value, 'P20Y');
});

test('"last year" right after a day dates it, and the range it ends: "from Feb. 7 to 14 last year"', () => {
  // 20 February 2026: without "last year" a past 7 February would be this year's.
  assert.deepEqual(pairs('The Asian Winter Games were held in Harbin from Feb. 7 to 14 last year.', '2026-02-20'),
    [['Feb. 7', '2025-02-07'], ['14', '2025-02-14'], ['last year', '2025']]);
  // The day and the year after it are one expression, as "July last year" is.
  assert.deepEqual(pairs('The firm opened its plant on 7 February last year.', '2026-02-20'), [['7 February last year', '2025-02-07']]);
  // "this year" after a range lets its second day be found.
  assert.deepEqual(pairs('The holiday, which ran from Feb. 15 to 23 this year, is the longest ever.', '2026-02-20'),
    [['Feb. 15', '2026-02-15'], ['23', '2026-02-23'], ['this year', '2026']]);
  // A possessive "last year's" belongs to what follows.
  assert.equal(mention("On March 3 last year's champion will defend her title.", '2026-02-20', 'March 3')?.value, '2026-03-03');
});

test('a year after a festival or holiday dates it: "the Chinese New Year in 2025", "the Spring Festival last year"', () => {
  assert.equal(mention('The film, released on the first day of the Chinese New Year in 2025, broke records.', '2026-02-20', 'Chinese New Year')?.value, '2025-01-29');
  assert.equal(mention('The Spring Festival last year saw 9 billion trips.', '2026-02-20', 'Spring Festival')?.value, '2025-01-29');
  assert.equal(mention('Sales during National Day in 2019 hit a record.', '2026-02-20', 'National Day')?.value, '2019-10-01');
});

test('"the Year of the Snake" is a named year, not "the year" under discussion', () => {
  // Round 18: the lunar year is marked as a date of its own (the Gregorian year it began in), still not 2026's "the year".
  assert.deepEqual(datesIn('In the Year of the Snake, exports surged.', '2026-02-20').map((d) => [d.text, d.value]), [['the Year of the Snake', '2025']]);
});

test('a four-digit count before a noun of things counted is no year: "2019 passengers"', () => {
  assert.deepEqual(datesIn('The chartered plane carried 2019 passengers.', '2025-08-10'), []);
  assert.deepEqual(datesIn('Organizers sold 2025 tickets within hours.', '2025-08-10').map((d) => d.text), ['hours']);
});

test('a day naming an event nobody schedules is behind: "the Oct. 7 attack" in August is an October before', () => {
  // Ten months back the event may be of any year before (round 9: the year is no longer guessed), but never ahead.
  assert.equal(mention('The Oct. 7 attack triggered the war.', '2025-08-10', 'Oct. 7')?.value, 'XXXX-10-07');
  assert.equal(mention('The Oct. 7 attack triggered the war.', '2025-10-20', 'Oct. 7')?.value, '2025-10-07');
  // A scheduled event named by its day may lie ahead.
  assert.equal(mention('The Oct. 7 summit will be held in Rome.', '2025-08-10', 'Oct. 7')?.value, '2025-10-07');
});

test('a spelled day inside a capitalized name is no date: "the May Fourth Movement"', () => {
  assert.deepEqual(datesIn('The May Fourth Movement inspired generations of students.', '2025-08-10'), []);
  assert.equal(mention('The ceremony was held on May Fourth in Beijing.', '2025-08-10', 'May Fourth')?.value, '2025-05-04');
});

test('"two months later" counts from the date before it, across paragraphs; in a past narrative with none, it is not guessed', () => {
  const ref = { value: '2025-05-14', source: 'cli' as const };
  const first = 'The plant was flooded in June 2023.';
  const a = tokenize(first);
  const anchor = findDatesAfter(first, a.tokens, a.sentences, ref, null).anchor;
  const second = 'Two months later, the plant reopened.';
  const b = tokenize(second);
  assert.deepEqual(findDatesAfter(second, b.tokens, b.sentences, ref, anchor).dates.map((d) => [d.text, d.value]), [['Two months later', '2023-08']]);
  // Without a date before, the reference date (May 2025) is no anchor for a reopening told in the past.
  assert.deepEqual(findDatesAfter(second, b.tokens, b.sentences, ref, null).dates, []);
});
