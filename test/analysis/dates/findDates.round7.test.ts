import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn, mention } from './helpers';
import { findDatesAfter } from '../../../server/src/analysis/dates/findDates';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';

// Sentences written for these tests (round 7 of the date layer). Reference dates are given per test.

test('a clock time on a month and day takes the year the tense points to, not always the article\'s', () => {
  // Reported on 27 January 2025: the quake of "Dec. 29" was a month before, in 2024.
  assert.equal(mention('The quake struck at 9:03 a.m. on Dec. 29, the agency said.', '2025-01-27', '9:03 a.m. on Dec. 29')?.value, '2024-12-29T09:03');
  // And a coming one is in the article's year when it is still ahead.
  assert.equal(mention('Voting will close at 8 p.m. on Feb. 9.', '2025-01-27', '8 p.m. on Feb. 9')?.value, '2025-02-09T20:00');
});

test('a future month and day almost three months behind the article date is next year\'s', () => {
  // 5 November is 83 days before 27 January: the nearest-year rule of "within two months" no longer applies.
  assert.equal(mention('The summit will be held on Nov. 5 in Lima.', '2025-01-27', 'Nov. 5')?.value, '2025-11-05');
  // Within two months it still does: "set to end Nov. 6" written on 1 November is this November.
  assert.equal(mention('The tax amnesty is set to end Nov. 6.', '2025-11-01', 'Nov. 6')?.value, '2025-11-06');
});

test('"the plan" after a past verb is a noun: the date after it stays in the past', () => {
  assert.equal(mention('The ministry published the plan Aug. 21 after months of talks.', '2025-10-27', 'Aug. 21')?.value, '2025-08-21');
});

test('"the autumn of next year" is one expression, a season of the following year', () => {
  assert.deepEqual(datesIn('Construction will finish in the autumn of next year.', '2025-01-27').map((d) => [d.text, d.value]),
    [['the autumn of next year', '2026-FA']]);
  assert.equal(mention('The plant closed in the summer of last year.', '2025-01-27', 'the summer of last year')?.value, '2024-SU');
});

test('"the same period in 2019" is that year; with quarters being compared, that year\'s quarter', () => {
  assert.equal(mention('Sales rose 5 percent from the same period in 2019.', '2025-01-27', 'the same period in 2019')?.value, '2019');
  assert.equal(mention('Third-quarter sales rose from the same period of 2023.', '2025-01-27', 'the same period of 2023')?.value, '2023-Q3');
});

test('"the National Day holiday" is China\'s National Day, 1 October; another country\'s is not guessed', () => {
  // Written on 12 March 2026 in the past tense: last October.
  assert.equal(mention('Tourism boomed during the National Day holiday.', '2026-03-12', 'National Day')?.value, '2025-10-01');
  assert.equal(mention('The National Day Golden Week will see 1.9 billion trips.', '2026-03-12', 'National Day')?.value, '2026-10-01');
  assert.equal(mention("Singapore's National Day parade drew crowds.", '2026-03-12', 'National Day'), undefined);
});

test('"Independence Day" is the Fourth of July only when no other country owns it; "May Day" is 1 May', () => {
  assert.equal(mention("India's Independence Day was celebrated on Tuesday.", '2026-03-12', 'Independence Day'), undefined);
  assert.equal(mention('Fireworks are planned for Independence Day.', '2026-03-12', 'Independence Day')?.value, '2026-07-04');
  assert.equal(mention('Workers rallied on May Day.', '2026-03-12', 'May Day')?.value, '2025-05-01');
});

test('"weeks or even months" is one vague duration, as "weeks or months" is', () => {
  assert.deepEqual(datesIn('The repairs could take weeks or even months.', '2026-03-12').map((d) => [d.text, d.type, d.value]),
    [['weeks or even months', 'duration', 'PXW']]);
});

test('an "un-" participle is an adjective, not a past verb: "on an unannounced day in February" is the coming February', () => {
  // Reported on 26 October 2017: "would be handed out … in February" looks ahead.
  assert.equal(mention('The bonus would be handed out on an unannounced day in February.', '2017-10-26', 'February')?.value, '2018-02');
  // … but "unveiled" is a verb.
  assert.equal(mention('The firm unveiled the plan in January.', '2017-10-26', 'January')?.value, '2017-01');
});

test('a scheduled verb in the plural looks ahead: "the two leaders meet Monday" is the coming Monday', () => {
  // 1 May 2015 is a Friday.
  assert.equal(mention('The two foreign ministers meet again Monday in Geneva.', '2015-05-01', 'Monday')?.value, '2015-05-04');
  // A noun of the same spelling after a comma does not: "Li Wei, head of …" is no schedule.
  assert.equal(mention('On Wednesday, Li Wei, head of the county office, said the road had reopened.', '2015-05-01', 'Wednesday')?.value, '2015-04-29');
});

test('what was planned lies ahead: "planned a tractor parade on Saturday", "were planning to block the ring road on Monday"', () => {
  // 7 January 2000 is a Friday.
  const text = 'Farmers planned a tractor parade on Saturday and they were planning to block the ring road on Monday.';
  assert.deepEqual(datesIn(text, '2000-01-07').map((d) => [d.text, d.value]), [['Saturday', '2000-01-08'], ['Monday', '2000-01-10']]);
  // What was held is behind.
  assert.equal(mention('Farmers held a tractor parade on Saturday.', '2000-01-07', 'Saturday')?.value, '2000-01-01');
});

test('a future month and day seven weeks behind the article date is next year\'s; a past one a few weeks ahead stays near', () => {
  assert.equal(mention('The ceremony will take place on Oct. 1.', '2017-11-22', 'Oct. 1')?.value, '2018-10-01');
  // "approved … payable Dec. 7": the past verb is the approval, the payment is six weeks ahead.
  assert.equal(mention('The board approved a staff bonus, payable Dec. 7 to those hired before June.', '2017-10-27', 'Dec. 7')?.value, '2017-12-07');
});

test('"through" a date after a past perfect closes a past period: "had sold 12,000 tickets through Sept. 29"', () => {
  assert.equal(mention('The museum had sold 12,000 tickets through Sept. 29.', '2017-10-30', 'Sept. 29')?.value, '2017-09-29');
  assert.equal(mention('The city extended the parking ban until Tuesday.', '2017-11-22', 'Tuesday')?.value, '2017-11-28');
});

test('a past verb right before a weekday decides it, though a present word is nearer: "which passed the House on Thursday, now goes"', () => {
  // 22 November 2017 is a Wednesday.
  assert.equal(mention('The bill, which passed the House on Thursday, now goes to the Senate.', '2017-11-22', 'Thursday')?.value, '2017-11-16');
});

test('"will" governing a month and day puts it ahead, beyond a week of slack: "will hold the expo from Nov. 5" on 22 November', () => {
  assert.equal(mention('China will hold the expo in Shanghai from Nov. 5 to 10.', '2017-11-22', 'Nov. 5')?.value, '2018-11-05');
  // Two days behind is more likely a reference date set a little late than a year ahead.
  assert.equal(mention('The company will report results on Nov. 20.', '2017-11-22', 'Nov. 20')?.value, '2017-11-20');
  // "held" is past: this November.
  assert.equal(mention('China held the expo in Shanghai from Nov. 5 to 10.', '2017-11-22', 'Nov. 5')?.value, '2017-11-05');
});

test('a plan in the past perfect is over: "had been expected on Tuesday", "had been scheduled to close at midnight Friday"', () => {
  assert.equal(mention('The vote had been expected on Tuesday but was delayed.', '2017-11-22', 'Tuesday')?.value, '2017-11-21');
  assert.equal(mention('The ticket sale had been scheduled to close at midnight Friday.', '2017-11-22', 'midnight Friday')?.value, '2017-11-17T24:00');
});

test('a month after a year that frames the sentence is in that year: "Last year\'s summit was held in Lima in November"', () => {
  assert.equal(mention("Last year's summit was held in Lima in November.", '2017-11-22', 'November')?.value, '2016-11');
  assert.equal(mention('In 2015, the firm moved its headquarters to Shanghai on March 3.', '2017-11-22', 'March 3')?.value, '2015-03-03');
  assert.equal(mention('The plant opened in 2009 and closed in March.', '2017-11-22', 'March')?.value, '2009-03');
  // A year inside a relative clause frames nothing after its comma; nor does one before a look ahead.
  assert.equal(mention('Under a plan adopted in 1994 that set no cap, the club had signed players through Sept. 29.', '2017-11-22', 'Sept. 29')?.value, '2017-09-29');
  assert.equal(mention('Sales rose in 2016, and the firm expects more growth in March.', '2017-11-22', 'March')?.value, '2018-03');
});

test('"every other Thursday" is a recurring Thursday, not the coming one', () => {
  assert.deepEqual(datesIn('The council meets every other Thursday.', '2017-11-22').map((d) => [d.text, d.type, d.value]),
    [['every other Thursday', 'set', 'XXXX-WXX-4']]);
});

test('an agency\'s four-digit clock before GMT is a time, never a year: "1815 GMT Tuesday"', () => {
  assert.deepEqual(datesIn('The ship sank at 0735 GMT on Tuesday.', '2017-11-22').map((d) => [d.text, d.type, d.value]),
    [['0735 GMT on Tuesday', 'time', '2017-11-21T07:35']]);
  // In brackets after the local time it is the same moment converted: no second mention, and no year 1815.
  const both = datesIn('The quake hit at 2:15 a.m. local time (1815 GMT Tuesday).', '2017-11-22').map((d) => d.text);
  assert.deepEqual(both, ['2:15 a.m. local time', 'Tuesday']);
});

test('"the next year" in a past narrative counts from the date before it; ahead of now, or "in the next year", it is next year', () => {
  assert.equal(mention('The factory closed on March 3, 2015, and reopened the next year.', '2017-11-22', 'the next year')?.value, '2016');
  assert.equal(mention('He joined the firm in June 2009 and left the next month.', '2017-11-22', 'the next month')?.value, '2009-07');
  assert.equal(mention('The plant will reopen the next year.', '2017-11-22', 'the next year')?.value, '2018');
  assert.equal(mention('Prices may rise in the next year.', '2017-11-22', 'the next year')?.value, '2018');
});

test('"FY2023" and "FY 24" name fiscal years', () => {
  assert.deepEqual(datesIn('Results for FY2023 beat the FY 24 budget.', '2024-05-10').map((d) => [d.text, d.value]), [['FY2023', '2023'], ['FY 24', '2024']]);
});

test('"the third straight day of protests" said of a day is that day; of nothing, no date', () => {
  assert.equal(mention('Monday marked the third straight day of protests in the capital.', '2017-11-22', 'the third straight day')?.value, '2017-11-20');
  assert.equal(mention("It's the fifth day of the book fair, and crowds keep coming.", '2017-11-22', 'the fifth day')?.value, '2017-11-22');
  // A count of days not said of a day names none.
  assert.equal(mention('He spent the second day of his visit in Shanghai.', '2017-11-22', 'the second day'), undefined);
});

test('"had been delayed until Thursday" still looks ahead; only "through" after a past perfect closes a period', () => {
  // 12 September 2022 is a Monday.
  assert.equal(mention('The court said the verdict had been delayed until Thursday.', '2022-09-12', 'Thursday')?.value, '2022-09-15');
});

test('a possessive weekday naming an event still to be held looks ahead when the clause does: "preparing for Sunday\'s election"', () => {
  // 22 November 2017 is a Wednesday.
  assert.equal(mention("Voters are preparing for Sunday's election.", '2017-11-22', 'Sunday')?.value, '2017-11-26');
  assert.equal(mention("Sunday's election results were announced late.", '2017-11-22', 'Sunday')?.value, '2017-11-19');
  assert.equal(mention("Wednesday's ruling angered the family.", '2017-11-22', 'Wednesday')?.value, '2017-11-22');
});

test('a headline\'s "to" and a verb is what is to come: "Xi to visit Vietnam, Laos from Friday"', () => {
  const headline = (text: string) => {
    const { tokens, sentences } = tokenize(text);
    return findDatesAfter(text, tokens, sentences, { value: '2017-11-22', source: 'cli' }, null, 'caption').dates.map((d) => d.value);
  };
  assert.deepEqual(headline("China's Xi to visit Vietnam, Laos from Friday"), ['2017-11-24']);
  // A headline's present tense still tells the past; "to normal" is no verb.
  assert.deepEqual(headline('Xi meets Moon in Da Nang on Saturday'), ['2017-11-18']);
  assert.deepEqual(headline('Life returns to normal on Monday'), ['2017-11-20']);
});

test('a holiday a few weeks away is the coming one even in the past tense; months away, the last one', () => {
  // Written on 5 January 2025; the Lunar New Year fell on 29 January 2025.
  assert.equal(mention('Ticket sales for the Lunar New Year holiday began on Saturday.', '2025-01-05', 'Lunar New Year')?.value, '2025-01-29');
  assert.equal(mention('Families gathered for the Mid-Autumn Festival.', '2025-01-05', 'Mid-Autumn Festival')?.value, '2024-09-17');
});

test('"June that year" is June of the year just mentioned, one expression', () => {
  const text = 'The app launched in January 2007. It reached a million users in June that year.';
  assert.deepEqual(datesIn(text, '2022-09-12').map((d) => [d.text, d.value]), [['January 2007', '2007-01'], ['June that year', '2007-06']]);
});

test('"Tuesday last week" is one day of the week before; "Friday of next week" one of the week after', () => {
  // 14 March 2024 is a Thursday.
  assert.equal(mention('The vote was held on Tuesday last week.', '2024-03-14', 'Tuesday last week')?.value, '2024-03-05');
  assert.equal(mention('The summit opens on Friday of next week.', '2024-03-14', 'Friday of next week')?.value, '2024-03-22');
});

test('"every Sunday morning" and "each Friday evening" are sets with their part of the day', () => {
  assert.deepEqual(datesIn('Every Sunday morning the market opens, and each Friday evening crowds gather.', '2024-03-14').map((d) => [d.text, d.type, d.value]),
    [['Every Sunday morning', 'set', 'XXXX-WXX-7TMO'], ['each Friday evening', 'set', 'XXXX-WXX-5TEV']]);
});

test('a quarter of a game and a half of a month are no quarter or half of the year', () => {
  assert.equal(datesIn('The Lakers trailed by 15 points in the first quarter.', '2024-03-14').length, 0);
  assert.equal(datesIn('Prices rose in the second half of the month.', '2024-03-14').length, 0);
  assert.equal(mention('Profit rose in the first quarter.', '2024-03-14', 'the first quarter')?.value, '2024-Q1');
});

test('"the Winter Solstice" is no season but its day (round 20); "CET" and "ET" after a clock time are its zone', () => {
  assert.deepEqual(datesIn('The Winter Solstice fell on Dec. 21.', '2025-01-05').map((d) => [d.text, d.value]), [['Winter Solstice', '2024-12-21'], ['Dec. 21', '2024-12-21']]);
  assert.equal(mention('Kickoff is at 20:00 CET on Saturday.', '2024-03-14', '20:00 CET on Saturday')?.value, '2024-03-16T20:00');
  assert.equal(mention('The speech starts at 4 p.m. ET.', '2024-03-14', '4 p.m. ET')?.value, '2024-03-14T16:00');
});

test('"The following week" after a day is the week after that day\'s; "late Sunday into Monday" ends after it starts', () => {
  // 14 March 2024 is a Thursday; the Saturday before is the 9th, in week 10.
  assert.equal(mention('The team lost on Saturday. The following week, the coach was sacked.', '2024-03-14', 'The following week')?.value, '2024-W11');
  // 5 January 2025 is a Sunday.
  assert.equal(mention('The storm is expected to hit the region late Sunday into Monday.', '2025-01-05', 'Monday')?.value, '2025-01-06');
  assert.equal(mention('Sales grew in Oct last year.', '2024-03-14', 'Oct last year')?.value, '2023-10');
});

test('a past verb after "which" governs its date though a noun follows it: "which reported earnings on Thursday"', () => {
  // 12 September 2022 is a Monday.
  const text = 'The company, which reported earnings on Thursday, will hold a call with analysts on Wednesday.';
  assert.deepEqual(datesIn(text, '2022-09-12').map((d) => [d.text, d.value]), [['Thursday', '2022-09-08'], ['Wednesday', '2022-09-14']]);
});
