import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDatesAfter } from '../../../server/src/analysis/dates/findDates';
import type { Headline } from '../../../server/src/analysis/dates/tense';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { datesIn } from './helpers';

// Sentences written for these tests (round 19 of the date layer). 20 November 2026 is a Friday.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);
const headlinePairs = (text: string, ref: string, headline: Headline) => {
  const { tokens, sentences } = tokenize(text);
  return findDatesAfter(text, tokens, sentences, { value: ref, source: 'cli' }, null, headline).dates.map((d) => [d.text, d.value]);
};

test('a title\'s verb of schedule in the present takes the nearer day: coming tomorrow, or just past', () => {
  assert.deepEqual(headlinePairs('G20 summit opens in Johannesburg on Saturday', '2026-11-20', 'title'), [['Saturday', '2026-11-21']]);
  assert.deepEqual(headlinePairs('Xi heads to Lima on Sunday for APEC meeting', '2026-11-20', 'title'), [['Sunday', '2026-11-22']]);
  assert.deepEqual(headlinePairs('Premier Li visits Kazakhstan on Monday', '2026-11-20', 'title'), [['Monday', '2026-11-23']]);
  // Yesterday's meeting is nearer than next week's.
  assert.deepEqual(headlinePairs('Chinese FM meets Lavrov in Beijing on Thursday', '2026-11-20', 'title'), [['Thursday', '2026-11-19']]);
  // Other verbs of a title still tell the past.
  assert.deepEqual(headlinePairs('Stocks tumble on Monday as tech sell-off deepens', '2026-11-20', 'title'), [['Monday', '2026-11-16']]);
});

test('a caption\'s present still tells the moment of its photo, which is over', () => {
  assert.deepEqual(headlinePairs('Delegates arrive at the venue of the G20 summit on Saturday.', '2026-11-20', 'caption'), [['Saturday', '2026-11-14']]);
});

test('"close" of polls and shows is a schedule in the present; of a market\'s trading it is the day just over', () => {
  // 19 November 2026 is a Thursday.
  assert.deepEqual(pairs('Polls close at 8 p.m. Sunday.', '2026-11-19'), [['8 p.m. Sunday', '2026-11-22T20:00']]);
  assert.deepEqual(pairs('Polling stations close on Sunday evening.', '2026-11-19'), [['Sunday evening', '2026-11-22TEV']]);
  assert.deepEqual(pairs('Asian shares close higher on Tuesday.', '2026-11-19'), [['Tuesday', '2026-11-17']]);
  assert.deepEqual(pairs('Markets close early on Friday for the holiday.', '2026-11-19').length, 1);
  assert.deepEqual(pairs('Shares closed higher on Friday.', '2026-11-19'), [['Friday', '2026-11-13']]);
});

test('"leaves" and "flies" after a subject are verbs of schedule; after a determiner "leaves" is a noun', () => {
  assert.deepEqual(pairs('The president leaves on Saturday for a four-nation tour.', '2026-11-19'), [['Saturday', '2026-11-21']]);
  assert.deepEqual(pairs('The team flies to Doha on Sunday.', '2026-11-19'), [['Sunday', '2026-11-22']]);
  assert.deepEqual(pairs('The delegation leaves Beijing on Saturday.', '2026-11-19'), [['Saturday', '2026-11-21']]);
});

test('a phrase of time opening a clause reported after "that" is past when that clause\'s verb is past', () => {
  // Written in November: January is the last one, not the coming one.
  assert.deepEqual(pairs('Officials said that in January, exports of rare earths fell.', '2026-11-10'), [['January', '2026-01']]);
  assert.deepEqual(pairs('Analysts noted that in December, new home sales jumped.', '2026-11-10'), [['December', '2025-12']]);
  // A future verb after the comma keeps it ahead.
  assert.deepEqual(pairs('The ministry said that in January, tariffs on solar panels will be cut.', '2026-11-10'), [['January', '2027-01']]);
});

test('weekday ranges of a service offered week after week are sets: "applications are accepted Monday through Friday"', () => {
  assert.deepEqual(pairs('Applications are accepted Monday through Friday.', '2026-11-10'), [['Monday', 'XXXX-WXX-1'], ['Friday', 'XXXX-WXX-5']]);
  assert.deepEqual(pairs('The hotline is staffed Monday to Saturday.', '2026-11-10'), [['Monday', 'XXXX-WXX-1'], ['Saturday', 'XXXX-WXX-6']]);
  // In the past, one week's days.
  assert.deepEqual(pairs('Applications were accepted Monday through Friday last week.', '2026-11-10').map(([, v]) => /^2026-11/.test(v)), [true, true]);
});

test('"the Laba Festival" is the eighth day of the twelfth lunar month, in January or late December', () => {
  assert.deepEqual(pairs('Families eat porridge during the Laba Festival.', '2026-01-10'), [['Laba Festival', '2026-01-26']]);
  assert.deepEqual(pairs('Temples handed out free porridge on the Laba Festival last year.', '2026-11-10'), [['Laba Festival', '2025-01-07'], ['last year', '2025']]);
});

test('a past verb governs a day told with "on" after a phrase of place: the holiday is the last one', () => {
  // Written on 20 November: the coming Christmas is five weeks off, but the crowds gathered at the last one.
  assert.deepEqual(pairs('Crowds gathered in the square on Christmas Day.', '2026-11-20'), [['Christmas Day', '2025-12-25']]);
  assert.deepEqual(pairs('Fireworks lit the sky above the harbour on New Year\'s Eve.', '2026-11-20'), [["New Year's Eve", '2025-12-31']]);
  assert.deepEqual(pairs('Veterans laid wreaths at the memorial on Christmas Eve.', '2026-11-20'), [['Christmas Eve', '2025-12-24']]);
  // Told ahead, the coming one.
  assert.deepEqual(pairs('Families will gather in the square on Christmas Day.', '2026-11-20'), [['Christmas Day', '2026-12-25']]);
});

test('a day something was moved to counts from the day of the decision told in the same sentence', () => {
  // 11 November 2026 is a Wednesday: the Tuesday after Sunday the 8th is the 10th, already past.
  assert.deepEqual(pairs('The match, postponed on Sunday, was moved to Tuesday.', '2026-11-11'), [['Sunday', '2026-11-08'], ['Tuesday', '2026-11-10']]);
  assert.deepEqual(pairs('The vote, delayed on Friday, was pushed back to Monday.', '2026-11-11'), [['Friday', '2026-11-06'], ['Monday', '2026-11-09']]);
  assert.deepEqual(pairs('On Monday, organizers moved the concert to Friday.', '2026-11-11'), [['Monday', '2026-11-09'], ['Friday', '2026-11-13']]);
  // With no day of the decision, the new day lies ahead of the report.
  assert.deepEqual(pairs('The launch was postponed to Tuesday.', '2026-11-11'), [['Tuesday', '2026-11-17']]);
});

test('each day of a list run on with commas takes the month of the first: "Dec. 3, 4 and 5"', () => {
  assert.deepEqual(pairs('The series runs Dec. 3, 4 and 5.', '2026-11-10'), [['Dec. 3', '2026-12-03'], ['4', '2026-12-04'], ['5', '2026-12-05']]);
  assert.deepEqual(pairs('Qualifying matches are scheduled for Jan. 5, 6, 8 and 9.', '2026-11-10').map(([, v]) => v),
    ['2027-01-05', '2027-01-06', '2027-01-08', '2027-01-09']);
  // A count after the comma is no day.
  assert.deepEqual(pairs('On Nov. 3, 40 people were evacuated from the valley.', '2026-11-10'), [['Nov. 3', '2026-11-03']]);
  assert.deepEqual(pairs('Since Nov. 2, 30 flights have been cancelled.', '2026-11-10'), [['Nov. 2', '2026-11-02']]);
});

test('a two-digit decade joined to a full one shares its century: "the 1920s and 30s"', () => {
  assert.deepEqual(pairs('The exhibition shows Shanghai fashion of the 1920s and 30s.', '2026-11-10'), [['the 1920s', '192'], ['30s', '193']]);
  assert.deepEqual(pairs("Cinemas screened hits from the 1980s and '90s.", '2026-11-10'), [['the 1980s', '198'], ["'90s", '199']]);
  // Alone it is still an age.
  assert.deepEqual(pairs('Most of the volunteers are in their 20s and 30s.', '2026-11-10'), []);
});

test('a weekday range after a weekly state is a set however long the second day\'s name: "Monday through Wednesday"', () => {
  assert.deepEqual(pairs('Visa applications are processed Monday through Wednesday at the consulate.', '2026-11-10'),
    [['Monday', 'XXXX-WXX-1'], ['Wednesday', 'XXXX-WXX-3']]);
});

test('a past verb reaches a day after a longer phrase of place, or after a particle: the holiday is the last one', () => {
  assert.deepEqual(pairs('Tens of thousands rallied outside parliament on Christmas Eve.', '2026-11-20'), [['Christmas Eve', '2025-12-24']]);
  assert.deepEqual(pairs('Pilgrims prayed at the Church of the Nativity on Christmas Day.', '2026-11-20'), [['Christmas Day', '2025-12-25']]);
  assert.deepEqual(pairs('Volunteers handed out meals in the shelter on Thanksgiving.', '2026-11-20'), [['Thanksgiving', '2025-11-27']]);
});

test('a verb of moving with its object before "to" and a day looks ahead: "moved training to Thursday"', () => {
  // 11 November 2026 is a Wednesday.
  assert.deepEqual(pairs('The team moved training to Thursday.', '2026-11-11'), [['Thursday', '2026-11-12']]);
  // "to" leading elsewhere moves no date: the day of a market record is past.
  assert.deepEqual(pairs('Investors pushed the index to a record on Monday.', '2026-11-11'), [['Monday', '2026-11-09']]);
});

test('a plural verb form after "a" and an adjective is a noun: "close lower on Monday after a weak start" is past', () => {
  assert.deepEqual(pairs('European stocks close lower on Monday after a weak start.', '2026-11-19'), [['Monday', '2026-11-16']]);
});

test('decades listed with commas share the century of the first: "the 1960s, 70s and 80s"', () => {
  assert.deepEqual(pairs('Sales of vinyl records peaked in the 1960s, 70s and 80s.', '2026-11-10'),
    [['the 1960s', '196'], ['70s', '197'], ['80s', '198']]);
});

test('tickets "are sold" and meals "are served" on a weekday range each week: sets', () => {
  assert.deepEqual(pairs('Tickets are sold Tuesday through Sunday.', '2026-11-10'), [['Tuesday', 'XXXX-WXX-2'], ['Sunday', 'XXXX-WXX-7']]);
  assert.deepEqual(pairs('Meals are served Monday to Friday at the canteen.', '2026-11-10'), [['Monday', 'XXXX-WXX-1'], ['Friday', 'XXXX-WXX-5']]);
});

test('a schedule verb reported after "said" keeps its present: "He said the delegation leaves on Sunday"', () => {
  // 19 November 2026 is a Thursday.
  assert.deepEqual(pairs('He said the delegation leaves on Sunday and returns on Wednesday.', '2026-11-19'),
    [['Sunday', '2026-11-22'], ['Wednesday', '2026-11-25']]);
  // A past verb of the same clause still makes the form an adjective: "stayed open on Sunday".
  assert.deepEqual(pairs('The shops stayed open on Sunday.', '2026-11-19'), [['Sunday', '2026-11-15']]);
});

test('a phrase of time opening a clause reported after "that" follows that clause\'s "will"', () => {
  assert.deepEqual(pairs('She said that on Friday, the team will fly to Doha.', '2026-11-19'), [['Friday', '2026-11-20']]);
});

test('"May" after "and" or "or" is the month only beside another month, season or number ("April and May"; not "and May defended")', () => {
  assert.deepEqual(pairs('Exports rose between April and May, and fell from March to May or June.', '2026-11-20'), [['April', '2026-04'], ['May', '2026-05'], ['March', '2026-03'], ['May', '2026-05'], ['June', '2026-06']]);
  assert.deepEqual(pairs('The report was published on Friday, and May defended it in parliament.', '2026-11-20'), [['Friday', '2026-11-20']]);
});

test('a bare "May" or "March" after a verb of schedule and "for" is the month ("set for May"), not after any "for" ("voted for May")', () => {
  assert.deepEqual(pairs('The next round of talks is scheduled for March, and the summit is set for May.', '2026-11-20'), [['March', '2027-03'], ['May', '2027-05']]);
  assert.deepEqual(pairs('Most lawmakers voted for May in the second ballot.', '2026-11-20'), []);
});
