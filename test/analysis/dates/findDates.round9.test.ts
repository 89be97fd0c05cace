import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn, mention } from './helpers';

// Sentences written for these tests (round 9 of the date layer). Reference dates are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('a year that is part of a name after it is no date: "Vision 2030", "Paris 2024", "Expo 2025"', () => {
  assert.deepEqual(pairs("Riyadh says its Vision 2030 reforms are on track.", '2025-11-14'), []);
  assert.deepEqual(pairs('Several athletes who won medals at Beijing 2022 will compete again.', '2025-11-14'), []);
  assert.deepEqual(pairs('Organizers of Expo 2025 in Osaka counted 25 million visitors.', '2025-11-14'), []);
  assert.deepEqual(pairs('The summit reviewed progress on Agenda 2063.', '2025-11-14'), []);
  // The name need not give the year of the event: "Tokyo 2020" was held in 2021.
  assert.deepEqual(pairs('Tokyo 2020 was finally staged in 2021.', '2025-11-14'), [['2021', '2021']]);
});

test('a year after a preposition, a calendar word, a possessive or before the name stays a date', () => {
  assert.deepEqual(pairs('The torch relay ended in Paris in 2024.', '2025-11-14'), [['2024', '2024']]);
  assert.deepEqual(pairs('Since 2020, the city has planted a million trees.', '2025-11-14'), [['2020', '2020']]);
  assert.deepEqual(pairs('The swimmer won gold at the 2024 Paris Olympics.', '2025-11-14'), [['2024', '2024']]);
  assert.deepEqual(pairs("China's 2025 growth target was met.", '2025-11-14'), [['2025', '2025']]);
  assert.deepEqual(pairs('Turnout in the U.S. 2024 election was high.', '2025-11-14'), [['2024', '2024']]);
  assert.equal(mention('Shops reopened after Christmas 2024 in the old town.', '2025-11-14', 'Christmas 2024')?.value, '2024-12-25');
  assert.equal(mention('Trade slowed in Jan 2025, customs data showed.', '2025-11-14', 'Jan 2025')?.value, '2025-01');
});

test('in a headline written in title case a year after a capitalized word stays a date', () => {
  assert.deepEqual(pairs('Exports Hit Record High In Shenzhen 2025', '2025-11-14'), [['2025', '2025']]);
});

test('a season or a fiscal or academic year across two calendar years is one mention, valued by its first year', () => {
  assert.deepEqual(pairs('The striker scored 27 goals in the 2024-25 season.', '2025-11-14'), [['2024-25', '2024']]);
  assert.deepEqual(pairs('Fees will rise in the 2025/26 academic year.', '2025-11-14'), [['2025/26', '2025']]);
  assert.deepEqual(pairs("India's economy grew 6.5 percent in FY2024-25.", '2025-11-14'), [['FY2024-25', '2024']]);
  assert.deepEqual(pairs('The league unveiled the 2025-2026 season schedule.', '2025-11-14'), [['2025-2026', '2025']]);
  // A range of several years is two years, as before.
  assert.deepEqual(pairs('The plan covered 2021-25.', '2025-11-14'), [['2021', '2021'], ['25', '2025']]);
});

test('a day naming a past event more than two months back has no known year; a recent one is the latest', () => {
  // 14 November 2025: 11 September is more than two months back; the attacks may be of any year before.
  assert.equal(mention('The Sept. 11 attacks reshaped air travel security.', '2025-11-14', 'Sept. 11')?.value, 'XXXX-09-11');
  assert.equal(mention('Rescuers are still clearing debris from the Oct. 30 landslide.', '2025-11-14', 'Oct. 30')?.value, '2025-10-30');
  // Across the turn of the year a fresh event is still last year's.
  assert.equal(mention('The Dec. 28 derailment killed 12 people.', '2026-01-05', 'Dec. 28')?.value, '2025-12-28');
  // A year told settles it.
  assert.equal(mention('He was in New York during the Sept. 11, 2001 attacks.', '2025-11-14', 'Sept. 11, 2001')?.value, '2001-09-11');
  assert.equal(mention('The 11 September attacks changed the world.', '2026-03-01', '11 September')?.value, 'XXXX-09-11');
});

test('a month word before a verb of saying is a name: "June told reporters"', () => {
  assert.deepEqual(pairs('June told reporters she would run again.', '2025-11-14'), []);
  assert.deepEqual(pairs('Omar to May said nothing.', '2025-11-14'), []);
  // Round 18: what is postponed to a month lies ahead of the news of it (was 2025-05, the May before).
  assert.deepEqual(pairs('The vote was postponed to May.', '2025-11-14'), [['May', '2026-05']]);
});

test('a clock time told by "the next morning" or "that day" is on the day after, or of, the day mentioned before', () => {
  assert.deepEqual(pairs('The delegation left Beijing on Nov. 3 and landed in Lima at 06:10 the next morning.', '2025-11-14'),
    [['Nov. 3', '2025-11-03'], ['06:10 the next morning', '2025-11-04T06:10']]);
  assert.deepEqual(pairs('The storm hit on Sunday and power returned at 11 p.m. that day.', '2025-11-14'),
    [['Sunday', '2025-11-09'], ['11 p.m. that day', '2025-11-09T23:00']]);
  // With no day mentioned before, the day is unknown (not the article's).
  assert.deepEqual(pairs('The plane landed at 06:10 the next morning.', '2025-11-14'), [['06:10 the next morning', 'XXXX-XX-XXT06:10']]);
});

test('a weekday that opens a range of days is not the day of the clock time before it', () => {
  const ds = pairs('The museum is open from 9 a.m. to 5 p.m., Tuesday to Sunday.', '2025-11-14').map((p) => p[0]);
  assert.deepEqual(ds, ['9 a.m.', '5 p.m.', 'Tuesday', 'Sunday']);
  assert.equal(mention('Voting ends at 5 p.m. Tuesday.', '2025-11-14', '5 p.m. Tuesday')?.value, '2025-11-18T17:00');
});

test('a frequency is part of its set: "twice a week", "three times a year"; a rate is not', () => {
  assert.deepEqual(datesIn('The ferry to the island sails twice a week.', '2025-11-14').map((d) => [d.text, d.type, d.value]), [['twice a week', 'set', 'P1W']]);
  assert.equal(mention('Direct flights will run three times a week from December.', '2025-11-14', 'three times a week')?.value, 'P1W');
  assert.equal(mention('The council meets once a month.', '2025-11-14', 'once a month')?.value, 'P1M');
  assert.equal(mention('Rents rose 5 percent a year.', '2025-11-14', 'a year')?.value, 'P1Y');
});

test('"the first three quarters of the year" is a length of three quarters; "three quarters of" a group is not', () => {
  assert.equal(mention('GDP grew 5.2 percent in the first three quarters of the year.', '2025-11-14', 'the first three quarters')?.value, 'P3Q');
  assert.deepEqual(pairs('Three quarters of the respondents backed the plan.', '2025-11-14'), []);
});

test('"in the months that followed" is a vague length of months (the noun alone, as TimeBank marks "years")', () => {
  assert.deepEqual(datesIn('In the months that followed, the firm cut 5,000 jobs.', '2025-11-14').map((d) => [d.text, d.type, d.value]), [['months', 'duration', 'PXM']]);
});

test('in national statistics a half or quarter that only began this month is last year\'s in the past tense', () => {
  // 16 January 2026: no figures of the first half of 2026 can be told yet.
  assert.equal(mention('H1 GDP grew 5.3 percent, while H2 growth slowed.', '2026-01-16', 'H1')?.value, '2025-H1');
  assert.equal(mention('In the first half, exports rose 7 percent.', '2026-01-16', 'the first half')?.value, '2025-H1');
  assert.equal(mention('In the second half of the year, exports picked up.', '2026-01-16', 'the second half of the year')?.value, '2025-H2');
  assert.equal(mention('GDP grew 5.4 percent in the first quarter, the statistics bureau said.', '2026-01-16', 'the first quarter')?.value, '2025-Q1');
  // A company's quarter may be a fiscal one just ended, labelled by the calendar year.
  assert.equal(mention('Innovo reported a fourth-quarter loss.', '2025-10-20', 'fourth-quarter')?.value, '2025-Q4');
  // Later in the half it is this year's.
  assert.equal(mention('Exports grew 6 percent in the first half, customs data showed.', '2025-07-10', 'the first half')?.value, '2025-H1');
});

test('a four-digit count of apartments or rooms is no year', () => {
  assert.deepEqual(datesIn('The new complex has 2026 apartments.', '2025-11-14'), []);
});

test('"N years later" with no date before is not counted from today, whatever the tense', () => {
  assert.deepEqual(datesIn('Two decades later, the old port is unrecognizable.', '2025-11-20'), []);
  assert.equal(mention('The plant opened in 2015 and expanded two years later.', '2025-11-20', 'two years later')?.value, '2017');
  // A vague "years later" is in the past in a past sentence, and says nothing in a present one.
  assert.equal(mention('Years later, he returned to his village.', '2025-11-20', 'Years later')?.value, 'PAST_REF');
  assert.deepEqual(datesIn('Years later, the scars remain.', '2025-11-20'), []);
});

test('a participle after an auxiliary and an adverb takes its tense: "is usually held in December" is not past', () => {
  // Not past: the month of a habit, every year's December (the recurring month of round 16).
  assert.equal(mention('The economic work conference is usually held in December.', '2025-11-14', 'December')?.value, 'XXXX-12');
  assert.equal(mention('The probe was successfully launched in May.', '2025-04-20', 'May')?.value, '2024-05');
});

test('weekdays listed after "every" recur too: "every Tuesday and Friday"', () => {
  assert.deepEqual(datesIn('Ferries leave every Tuesday and Friday.', '2025-11-14').map((d) => [d.text, d.type, d.value]),
    [['every Tuesday', 'set', 'XXXX-WXX-2'], ['Friday', 'set', 'XXXX-WXX-5']]);
  assert.deepEqual(datesIn('The market opens each Monday, Wednesday and Friday.', '2025-11-14').map((d) => d.value),
    ['XXXX-WXX-1', 'XXXX-WXX-3', 'XXXX-WXX-5']);
});

test('a house number before a street is no year, unless a preposition takes it as one', () => {
  assert.deepEqual(datesIn('The consulate is located at 2020 Harbour Road.', '2025-11-14'), []);
  assert.deepEqual(pairs('In 2020 Beijing Road was renamed.', '2025-11-14'), [['2020', '2020']]);
});

test('the second day of a range before the noun of its event: "at its Dec. 10-11 meeting"', () => {
  assert.deepEqual(pairs('The central bank will decide on rates at its Dec. 10-11 meeting.', '2025-11-14'), [['Dec. 10', '2025-12-10'], ['11', '2025-12-11']]);
});
