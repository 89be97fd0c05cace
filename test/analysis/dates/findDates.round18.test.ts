import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 18 of the date layer). Reference dates are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('"the end of the decade" is the decade in question: the current one, or after a past year that year\'s', () => {
  assert.deepEqual(pairs('The space station will be completed by the end of the decade.', '2026-05-10'), [['the end of the decade', '202']]);
  assert.deepEqual(pairs('Demand for copper will keep rising through the middle of the decade.', '2021-03-02'), [['the middle of the decade', '202']]);
  assert.deepEqual(pairs('The firm was founded in 1994, and by the end of the decade it had 500 staff.', '2026-05-10'),
    [['1994', '1994'], ['the end of the decade', '199']]);
});

test('"last" after a modal is the verb, not part of a count of months: "will last six months"', () => {
  assert.deepEqual(pairs('The crew\'s mission aboard the station will last six months.', '2026-05-10'), [['six months', 'P6M']]);
  assert.deepEqual(pairs('Growth slowed over the last six months.', '2026-05-10'), [['the last six months', 'P6M']]);
});

test('"the first day of" or "the last day of" a month or year is that day', () => {
  assert.deepEqual(pairs('The new rules will come into force on the first day of next month.', '2026-05-10'), [['the first day of next month', '2026-06-01']]);
  assert.deepEqual(pairs('The tax payment is due on the last day of June.', '2026-05-10'), [['the last day of June', '2026-06-30']]);
  assert.deepEqual(pairs('The visa waiver takes effect on the first day of 2027.', '2026-05-10'), [['the first day of 2027', '2027-01-01']]);
  assert.deepEqual(pairs('Crowds are expected at the Bund on the last day of the year.', '2025-12-30'), [['the last day of the year', '2025-12-31']]);
  // "the Year of the Snake" is a named year, not the calendar year whose first day would be Jan. 1.
  assert.deepEqual(pairs('Today is the first day of the Year of the Snake.', '2025-01-29'), [['Today', '2025-01-29'], ['the Year of the Snake', '2025']]);
  // "of the month" is as often every month's as one month's: left unmarked.
  assert.deepEqual(pairs('Pensions are paid on the last day of the month.', '2026-05-10'), []);
});

test('"the last week of May" is a week of that month, not last week; a month\'s week is the ISO week of its middle day', () => {
  assert.deepEqual(pairs('Trade talks will resume in the last week of May.', '2026-05-10'), [['the last week of May', '2026-W22']]);
  assert.deepEqual(pairs('The first week of June will be busy for the customs office.', '2026-05-10'), [['The first week of June', '2026-W23']]);
  assert.deepEqual(pairs('Schools across the province reopen in the second week of September.', '2026-05-10'), [['the second week of September', '2026-W37']]);
});

test('"the Year of the Horse" is the lunar year nearest the article date, valued by the Gregorian year it begins in', () => {
  assert.deepEqual(pairs('The Year of the Horse begins on Feb. 17.', '2026-01-20'), [['The Year of the Horse', '2026'], ['Feb. 17', '2026-02-17']]);
  // Before the Spring Festival the Year of the Snake is still under way.
  assert.deepEqual(pairs('The Year of the Snake ends next month.', '2026-01-20'), [['The Year of the Snake', '2025'], ['next month', '2026-02']]);
  assert.deepEqual(pairs('Births in the city rose in the Year of the Dragon.', '2026-05-10'), [['the Year of the Dragon', '2024']]);
  // "the start of" does not make "the Year" a date of its own.
  assert.deepEqual(pairs('Families celebrated the start of the Year of the Horse on Tuesday.', '2026-02-17'),
    [['the Year of the Horse', '2026'], ['Tuesday', '2026-02-17']]);
});

test('a quarter whose figures are told in January, before a new one of that number begins, is last year\'s', () => {
  assert.deepEqual(pairs('Q4 earnings season kicks off on Wall Street next week.', '2026-01-10'), [['Q4', '2025-Q4'], ['next week', '2026-W03']]);
  assert.deepEqual(pairs('Fourth-quarter GDP data will be released on Jan. 19.', '2026-01-10'), [['Fourth-quarter', '2025-Q4'], ['Jan. 19', '2026-01-19']]);
  assert.deepEqual(pairs('The carmaker will publish H2 results in March.', '2026-01-10'), [['H2', '2025-H2'], ['March', '2026-03']]);
  // A forecast of the quarter itself is of the coming one; so are figures of a quarter far ahead.
  assert.deepEqual(pairs('The company expects to break even in Q4.', '2026-01-10'), [['Q4', '2026-Q4']]);
  assert.deepEqual(pairs('Fourth-quarter results are expected to be strong.', '2026-07-10'), [['Fourth-quarter', '2026-Q4']]);
});

test('a month after "ended" or "ending" closes a period, even a month that is also a verb: "the year ended March"', () => {
  assert.deepEqual(pairs('Sony reported record profit for the year ended March.', '2026-05-10'), [['the year', 'P1Y'], ['March', '2026-03']]);
});

test('a zone in brackets after a clock time labels it and the day after still joins: "8:00 am (GMT+8) on Friday"', () => {
  assert.deepEqual(pairs('Online registration closes at 8:00 am (GMT+8) on Friday.', '2025-11-20'), [['8:00 am (GMT+8) on Friday', '2025-11-21T08:00']]);
  assert.deepEqual(pairs('The talks in Jakarta start at 3 p.m. (local time) on Friday.', '2025-11-20'), [['3 p.m. (local time) on Friday', '2025-11-21T15:00']]);
  // A converted time in brackets is still no part of the first one.
  assert.deepEqual(pairs('The satellite lifted off at 10:32 p.m. (1432 GMT).', '2025-11-20'), [['10:32 p.m.', '2025-11-20T22:32']]);
});

test('"every morning", "each evening" are sets of a part of every day', () => {
  assert.deepEqual(pairs('Volunteers clean the beach in Sanya every morning.', '2025-11-20'), [['every morning', 'XXXX-XX-XXTMO']]);
  assert.deepEqual(pairs('The lanterns along the canal are lit each evening.', '2025-11-20'), [['each evening', 'XXXX-XX-XXTEV']]);
  // A night of something told is no recurrence of every day's.
  assert.deepEqual(pairs('A drone show is staged each night of the festival.', '2025-11-20'), []);
});

test('"decade-long" and "century-long" are durations, as "decades-long" is; "century-old" is an age', () => {
  assert.deepEqual(pairs('The decade-long civil war displaced millions.', '2025-11-20'), [['decade-long', 'P10Y']]);
  assert.deepEqual(pairs('A century-old temple was damaged in the quake.', '2025-11-20'), []);
});

test('the second day of a range is still a day when the zone of the days follows: "from November 17 to 19 local time"', () => {
  assert.deepEqual(pairs('The forum was held in Nairobi from November 17 to 19 local time.', '2025-11-20'), [['November 17', '2025-11-17'], ['19', '2025-11-19']]);
  assert.deepEqual(pairs('The forum was held on November 17 and 18 Beijing time.', '2025-11-20'), [['November 17', '2025-11-17'], ['18', '2025-11-18']]);
});

test('a day opening the sentence before a comma and a past clause is past, however near ahead its day lies', () => {
  assert.deepEqual(pairs('On Dec. 24, the cargo ship sank off the coast of Cebu.', '2025-11-20'), [['Dec. 24', '2024-12-24']]);
  assert.deepEqual(pairs('In December, exports of rare earths fell 3 percent.', '2025-11-20'), [['December', '2024-12']]);
  // A plan or a future keeps the day ahead; so does a saying set off by commas.
  assert.deepEqual(pairs('On Dec. 24, the ferry was scheduled to sail to Hainan.', '2025-11-20'), [['Dec. 24', '2025-12-24']]);
  assert.deepEqual(pairs('On Dec. 1, the minister said, talks will resume in Doha.', '2025-11-20'), [['Dec. 1', '2025-12-01']]);
});

test('"Independence Day" or "National Day" told on another day than the assumed country\'s is another country\'s, not guessed', () => {
  assert.deepEqual(pairs('Jakarta celebrated Independence Day on Aug. 17 with a flag ceremony.', '2025-11-20'), [['Aug. 17', '2025-08-17']]);
  assert.deepEqual(pairs('Singapore marked National Day, Aug. 9, with a parade.', '2025-11-20'), [['Aug. 9', '2025-08-09']]);
  assert.deepEqual(pairs('China celebrated National Day on Oct. 1.', '2025-11-20'), [['National Day', '2025-10-01'], ['Oct. 1', '2025-10-01']]);
});

test('"marks" or "celebrates" an occasion on a weekday, in the present, keeps it on the coming day', () => {
  assert.deepEqual(pairs('Hong Kong marks the anniversary of its return to the motherland on Tuesday.', '2025-06-30'), [['Tuesday', '2025-07-01']]);
  assert.deepEqual(pairs('The city celebrates its 100th birthday on Thursday.', '2025-06-30'), [['Thursday', '2025-07-03']]);
  // Told in the past it is the day before; "marks" as a currency is no verb.
  assert.deepEqual(pairs('Hong Kong marked the anniversary on Tuesday.', '2025-07-02'), [['Tuesday', '2025-07-01']]);
});

test('a capitalized season before a capitalized word opens a name, not a date: "the Summer Davos forum"', () => {
  assert.deepEqual(pairs('The Summer Davos forum was held in Tianjin last week.', '2025-06-30'), [['last week', '2025-W26']]);
  assert.deepEqual(pairs('The summer grain harvest was completed by late June.', '2025-06-30'), [['summer', '2025-SU'], ['late June', '2025-06']]);
});

test('a length told in several falling units is one duration: race times, prison terms', () => {
  assert.deepEqual(pairs('The Kenyan runner won the marathon in 2 hours, 5 minutes and 30 seconds.', '2026-02-08'),
    [['2 hours, 5 minutes and 30 seconds', 'PT2H5M30S']]);
  assert.deepEqual(pairs('She clocked 1 minute 52.3 seconds in the 200m freestyle.', '2026-02-08'), [['1 minute 52.3 seconds', 'PT1M52.3S']]);
  assert.deepEqual(pairs('The former official was sentenced to two years and six months in prison.', '2026-02-08'), [['two years and six months', 'P2Y6M']]);
  assert.deepEqual(pairs('The blackout in the capital lasted 3 days and 12 hours.', '2026-02-08'), [['3 days and 12 hours', 'P3DT12H']]);
  // Units not in falling order, or a last count that belongs to "later", stay apart.
  assert.deepEqual(pairs('Sales rose for 10 months, and 3 days later prices fell.', '2026-02-08'), [['10 months', 'P10M'], ['3 days', 'P3D']]);
});

test('"the last decade" takes its article into the span, as TimeBank does; "the last week of talks" is a final week, no date', () => {
  assert.deepEqual(pairs('In the last decade, the coastal city doubled in size.', '2026-05-10'), [['the last decade', '201']]);
  assert.deepEqual(pairs('The envoy has been in Geneva for the last week.', '2026-05-10'), [['the last week', '2026-W18']]);
  assert.deepEqual(pairs('The last week of talks was tense.', '2026-05-10'), []);
});

test('a day something was "postponed to" or "delayed until" lies ahead, however the move is told', () => {
  assert.deepEqual(pairs('The agency announced Wednesday that the launch had been postponed to Saturday.', '2025-11-20'),
    [['Wednesday', '2025-11-19'], ['Saturday', '2025-11-22']]);
  assert.deepEqual(pairs('The parliamentary vote was pushed back to Monday.', '2025-11-20'), [['Monday', '2025-11-24']]);
  // What was delayed on a day is past.
  assert.deepEqual(pairs('Flights out of Hong Kong were delayed on Monday.', '2025-11-20'), [['Monday', '2025-11-17']]);
});

test('the years in brackets after a dynasty or a person are years, of any century: "the Tang Dynasty (618-907)"', () => {
  assert.deepEqual(pairs('The bronze bell was cast during the Ming Dynasty (1368-1644).', '2025-11-20'), [['1368', '1368'], ['1644', '1644']]);
  assert.deepEqual(pairs('Students recited poems from the Tang Dynasty (618-907).', '2025-11-20'), [['618', '0618'], ['907', '0907']]);
  assert.deepEqual(pairs('A poem by Li Bai (701-762) opened the gala.', '2025-11-20'), [['701', '0701'], ['762', '0762']]);
  // A bracket after a word opening the sentence, or holding a count, is no span of years.
  assert.deepEqual(pairs('Scores (1200-1400) were high.', '2025-11-20'), []);
  assert.deepEqual(pairs('Sales of the Model X (1200-1400 units) rose.', '2025-11-20'), []);
});

test('a present perfect of an event with a month of its own is past: "has opened 20 stores in January"', () => {
  assert.deepEqual(pairs('The carmaker has opened 20 stores in January.', '2025-11-20'), [['January', '2025-01']]);
  // A past verb governs across a count ("opened 20 stores in January").
  assert.deepEqual(pairs('The carmaker opened 20 stores in January.', '2025-11-20'), [['January', '2025-01']]);
  // A perfect of planning keeps what it plans ahead.
  assert.deepEqual(pairs('The board has scheduled a vote for January.', '2025-11-20'), [['January', '2026-01']]);
});

test('a phrase opening the sentence with no verb of its own takes the past of the clause after its comma', () => {
  assert.deepEqual(pairs('After winning the election in January, she formed a coalition cabinet.', '2025-11-20'), [['January', '2025-01']]);
  assert.deepEqual(pairs('Since taking office in January, the president has signed 200 orders.', '2025-11-20'), [['January', '2025-01']]);
  // With a finite verb of its own the phrase keeps its tense.
  assert.deepEqual(pairs('Since the ban took effect in January, car sales have fallen.', '2025-11-20'), [['January', '2025-01']]);
});

test('a holiday a past verb governs is on or before the article date, however near the next one lies', () => {
  assert.deepEqual(pairs("On New Year's Day, thousands gathered in Times Square.", '2025-12-29'), [["New Year's Day", '2025-01-01']]);
  assert.deepEqual(pairs('Families in Xi\'an celebrated the Spring Festival with fireworks.', '2026-01-20'), [['Spring Festival', '2025-01-29']]);
  // On the day itself it is that day.
  assert.deepEqual(pairs('On Christmas Day, the pope delivered his message.', '2025-12-25'), [['Christmas Day', '2025-12-25']]);
});

test('brokers\' "2H26", "1Q25" and companies\' "Q2 FY26" are one half or quarter each, of the year named', () => {
  assert.deepEqual(pairs('The chipmaker expects to turn a profit in 2H26.', '2025-11-20'), [['2H26', '2026-H2']]);
  assert.deepEqual(pairs('Analysts see 1Q25 margins recovering.', '2025-11-20'), [['1Q25', '2025-Q1']]);
  assert.deepEqual(pairs('Revenue for Q2 FY26 rose 12 percent.', '2025-11-20'), [['Q2 FY26', '2026-Q2']]);
});
