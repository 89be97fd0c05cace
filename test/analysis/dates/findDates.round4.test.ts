import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDatesAfter } from '../../../server/src/analysis/dates/findDates';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { datesIn, mention } from './helpers';

// Sentences written for these tests (round 4 of the date layer). Reference dates are given per test.

test('"today\'s" before an ordinary noun is the reference day, without the possessive', () => {
  const d = mention('The statement, printed in today\'s editions of the paper, denies the report.', '2017-03-02', 'today');
  assert.equal(d?.value, '2017-03-02');
});

test('"today\'s world" and "today\'s young people" speak of the present age, not a day', () => {
  assert.deepEqual(datesIn('Such rules make little sense in today\'s world.', '2017-03-02'), []);
  assert.deepEqual(datesIn('Many of today\'s young people read news on phones.', '2017-03-02'), []);
});

test('"Today" after a capitalized name is the title of a paper or show, not a date', () => {
  assert.deepEqual(datesIn('The poll was published by USA Today and a local radio station.', '2017-03-02'), []);
  assert.equal(mention('The ceasefire held on Sunday. Today the talks resume.', '2017-03-06', 'Today')?.value, '2017-03-06');
});

test('"at 4 in the morning" is a clock time; "in the evening" moves it past noon', () => {
  assert.equal(mention('Curfew starts at 4 in the morning, the army said.', '2017-03-02', '4 in the morning')?.value, '2017-03-02T04:00');
  assert.equal(mention('The polls will close at 8 in the evening Friday.', '2017-03-01', '8 in the evening Friday')?.value, '2017-03-03T20:00');
});

test('a number before "in the afternoon" without a preposition is not a time', () => {
  assert.equal(datesIn('The index fell 5 in the afternoon session.', '2017-03-02').some((d) => d.type === 'time'), false);
});

test('a hyphenated day range "Nov. 10-12" gives both days, the second in the month of the first', () => {
  const d = datesIn('The forum runs Nov. 10-12 in Da Nang, Vietnam.', '2017-11-23');
  assert.deepEqual(d.map((x) => [x.text, x.value]), [['Nov. 10', '2017-11-10'], ['12', '2017-11-12']]);
});

test('a day range across months "Nov. 30-Dec. 1" gives both days; a year after either end dates both', () => {
  const pairs = (text: string, ref: string) => datesIn(text, ref).map((x) => [x.text, x.value]);
  assert.deepEqual(pairs('The summit is scheduled for Nov. 30-Dec. 1 in Buenos Aires.', '2017-11-22'), [['Nov. 30', '2017-11-30'], ['Dec. 1', '2017-12-01']]);
  assert.deepEqual(pairs('The fair ran Dec. 28, 2016-Jan. 3, 2017, in Harbin.', '2017-11-22'), [['Dec. 28, 2016', '2016-12-28'], ['Jan. 3, 2017', '2017-01-03']]);
  assert.deepEqual(pairs('The fair ran Dec. 28-Jan. 3, 2017, in Harbin.', '2017-11-22'), [['Dec. 28', '2016-12-28'], ['Jan. 3, 2017', '2017-01-03']]);
});

test('"two and a half hours" is a duration with the half in the next unit down', () => {
  assert.equal(mention('The meeting lasted about two and a half hours.', '2017-11-22', 'about two and a half hours')?.value, 'PT2H30M');
  assert.equal(mention('He spent two and a half years in prison.', '2017-11-22', 'two and a half years')?.value, 'P2Y6M');
});

test('"the first Monday of December" is that day; "the fifth Monday" of a month with four names none', () => {
  assert.equal(mention('The talks will take place on the first Monday of December.', '2017-11-22', 'the first Monday of December')?.value, '2017-12-04');
  assert.equal(mention('The festival falls on the last Friday of November.', '2017-11-22', 'the last Friday of November')?.value, '2017-11-24');
  assert.equal(mention('The vote was held on the fifth Monday of February 2017.', '2017-11-22', 'the fifth Monday of February 2017'), undefined);
});

test('a fortnight is two weeks: "in a fortnight", "over the past fortnight"', () => {
  assert.equal(mention('The team will play its next match in a fortnight.', '2017-11-22', 'a fortnight')?.value, 'P2W');
  assert.equal(mention('Prices have risen over the past fortnight.', '2017-11-22', 'the past fortnight')?.value, 'P2W');
});

test('"since 1 January" looks back, like "since January 1": the 1 January before the reference date', () => {
  assert.equal(mention('The ban has been in place since 1 January.', '2017-11-22', '1 January')?.value, '2017-01-01');
  assert.equal(mention('The ban has been in place since January 1.', '2017-11-22', 'January 1')?.value, '2017-01-01');
});

test('"the day after tomorrow" and "a week from today" are days counted from the reference day', () => {
  const pairs = (text: string) => datesIn(text, '2017-11-22').map((x) => [x.text, x.value]);
  assert.deepEqual(pairs('The talks will resume the day after tomorrow.'), [['the day after tomorrow', '2017-11-24']]);
  assert.deepEqual(pairs('He arrived the day before yesterday.'), [['the day before yesterday', '2017-11-20']]);
  assert.deepEqual(pairs('The results will be announced a week from today.'), [['a week from today', '2017-11-29']]);
});

test('"8pm" at the end of a sentence leaves the full stop out; "23:59 on December 31" is one time', () => {
  assert.deepEqual(datesIn('The fireworks start at around 8pm.', '2017-11-22').map((x) => [x.text, x.value]), [['8pm', '2017-11-22T20:00']]);
  assert.deepEqual(datesIn('The curfew ends at 6 am.', '2017-11-22').map((x) => x.text), ['6 am']);
  assert.deepEqual(datesIn('The deadline is 23:59 on December 31.', '2017-11-22').map((x) => [x.text, x.value]), [['23:59 on December 31', '2017-12-31T23:59']]);
});

test('"Five-Year" inside the name "the 13th Five-Year Plan" is not a duration; "a new five-year plan" is', () => {
  assert.deepEqual(datesIn('The 13th Five-Year Plan sets out the goals.', '2017-11-22').map((x) => x.text), []);
  assert.equal(mention('A new five-year plan was adopted.', '2017-11-22', 'five-year')?.value, 'P5Y');
});

test('named days: "Black Friday", "Cyber Monday", "Singles\' Day", "Good Friday" are holidays; "Super Tuesday" is no plain Tuesday', () => {
  const pairs = (text: string, ref = '2017-11-22') => datesIn(text, ref).map((x) => [x.text, x.value]);
  assert.deepEqual(pairs('The festival dwarfs Black Friday and Cyber Monday in the United States.'), [['Black Friday', '2017-11-24'], ['Cyber Monday', '2017-11-27']]);
  assert.deepEqual(pairs("Sales during Singles' Day hit a record.", '2017-11-13'), [["Singles' Day", '2017-11-11']]);
  assert.deepEqual(pairs('Churches were full on Good Friday.', '2017-11-22'), [['Good Friday', '2017-04-14']]);
  assert.deepEqual(pairs('Candidates campaigned ahead of Super Tuesday.'), []);
  assert.deepEqual(pairs('The company told Reuters Friday that sales rose.'), [['Friday', '2017-11-17']]);
});

test('"over the next decade" is a span of ten years; "the next year or so" stays next year', () => {
  assert.equal(mention('The plan would add 1.4 trillion dollars to the deficit over the next decade.', '2017-12-02', 'the next decade')?.value, 'P10Y');
  assert.equal(mention('The plant will open in the next year or so.', '2017-12-02', 'the next year')?.value, '2018');
});

test('"looked forward to signing the bill before Christmas" looks ahead: the coming Christmas', () => {
  assert.equal(mention('Trump said he looked forward to signing the bill before Christmas.', '2017-12-02', 'Christmas')?.value, '2017-12-25');
});

test('"the first half of the year" is one half-year, of the year just named if any', () => {
  assert.deepEqual(datesIn('Profits in the first half of the year rose 22 percent.', '2017-11-22').map((x) => [x.text, x.value]), [['the first half of the year', '2017-H1']]);
  assert.equal(mention('In 2016, sales fell. In the second half of the year, they recovered.', '2017-11-22', 'the second half of the year')?.value, '2016-H2');
});

test('"midnight local time on Sunday" is one time on that Sunday', () => {
  const d = datesIn('The ceasefire took effect at midnight local time on Sunday.', '2017-11-22');
  assert.deepEqual(d.map((x) => [x.text, x.type, x.value]), [['midnight local time on Sunday', 'time', '2017-11-19T24:00']]);
});

test('a year range "2015-2018" gives both years; a split year "2017-18" is one (round 9); a range of counts is none', () => {
  assert.deepEqual(datesIn('Growth slowed in the 2017-18 fiscal year.', '2018-05-02').map((x) => [x.text, x.value]), [['2017-18', '2017']]);
  assert.deepEqual(datesIn('The 2018-2019 season opens soon.', '2018-05-02').filter((x) => x.type === 'date' && /^\d{4}$/.test(x.value)).map((x) => x.value), ['2018']);
  assert.deepEqual(datesIn('Emissions fell over 2015-2018.', '2018-05-02').map((x) => x.value), ['2015', '2018']);
  assert.deepEqual(datesIn('Between 1500-2000 troops were sent to the border.', '2018-05-02'), []);
});

test('"on the 25th" takes the reference month, or the month before when the sentence is in the past and the day is still ahead', () => {
  assert.equal(mention('The talks resumed on the 25th, officials said.', '2017-11-03', 'the 25th')?.value, '2017-10-25');
  assert.equal(mention('The talks will resume on the 2nd.', '2017-11-23', 'the 2nd')?.value, '2017-12-02');
  assert.equal(mention('They met on March 3 and again on the 10th.', '2017-11-23', 'the 10th')?.value, '2017-03-10');
});

test('"the 15th floor" is not a day', () => {
  assert.deepEqual(datesIn('He lives on the 15th floor of the tower.', '2017-11-23'), []);
});

test('"20 March" after "on" is a day even without a year', () => {
  assert.equal(mention('The shop closes on 20 March for repairs.', '2017-11-23', '20 March')?.value, '2018-03-20');
});

test('"a week before the summit" is the length of time between two events; "$5 a day after tax" stays a rate', () => {
  const d = mention('The visit comes a week before the G20 summit.', '2017-11-23', 'a week');
  assert.equal(d?.type, 'duration');
  assert.equal(d?.value, 'P1W');
  assert.equal(mention('He pays $5 a day after tax.', '2017-11-23', 'a day')?.type, 'set');
});

test('"the January-October period" gives both months, in the year that puts the range behind a past-tense sentence', () => {
  const d = datesIn('Exports rose 8.1 percent in the January-October period.', '2017-11-23');
  assert.deepEqual(d.map((x) => [x.text, x.value]), [['January', '2017-01'], ['October', '2017-10']]);
});

test('"from November to February" crosses the new year; a year after the range is the range\'s', () => {
  assert.deepEqual(datesIn('Talks ran from November to February.', '2017-11-23').map((x) => x.value), ['2016-11', '2017-02']);
  assert.deepEqual(datesIn('It snowed from March to May 2016.', '2017-11-23').map((x) => x.value), ['2016-03', '2016-05']);
});

test('"10 a.m. Beijing time on Thursday" is one time, the zone inside it; "10 a.m. this time" is not a zone', () => {
  const d = datesIn('The ministry will hold a press conference at 10 a.m. Beijing time on Thursday.', '2017-11-21');
  assert.deepEqual(d.map((x) => [x.text, x.value]), [['10 a.m. Beijing time on Thursday', '2017-11-23T10:00']]);
  assert.deepEqual(datesIn('We met at 10 a.m. this time.', '2017-11-21').map((x) => x.text), ['10 a.m.']);
});

test('"since January" written in November is this January, though a January alone two months ahead would be next year\'s', () => {
  assert.equal(mention('Sales have risen since January.', '2017-11-23', 'January')?.value, '2017-01');
  assert.equal(mention('Sales have risen since Nov. 30.', '2017-11-23', 'Nov. 30')?.value, '2016-11-30');
  assert.equal(mention('Sales will rise in January.', '2017-11-23', 'January')?.value, '2018-01');
});

test('"Q3" and "H1 2018" are quarters and halves; "will report Q3 results" in November is the quarter just ended', () => {
  assert.equal(mention('Profit fell in Q3.', '2017-11-23', 'Q3')?.value, '2017-Q3');
  assert.equal(mention('The company will report Q3 results on Friday.', '2017-11-23', 'Q3')?.value, '2017-Q3');
  assert.equal(mention('Profit fell in Q4.', '2017-05-02', 'Q4')?.value, '2016-Q4');
  assert.equal(mention('Sales in H1 2018 rose.', '2018-09-02', 'H1 2018')?.value, '2018-H1');
  assert.deepEqual(datesIn('Take the A4 or the Q9 road.', '2017-11-23'), []);
});

test('slash dates read day first when the first number cannot be a month, and year-first dates as written', () => {
  assert.equal(mention('The results were released on 22/11/2017.', '2017-11-23', '22/11/2017')?.value, '2017-11-22');
  assert.equal(mention('The results were released on 11/22/2017.', '2017-11-23', '11/22/2017')?.value, '2017-11-22');
  assert.equal(mention('The notice was dated 2017/11/22.', '2017-11-23', '2017/11/22')?.value, '2017-11-22');
});

test('a timestamp "Updated 14:32, 22-Nov-2017" is one time on the printed day', () => {
  assert.deepEqual(datesIn('Updated 14:32, 22-Nov-2017', '2017-11-25').map((x) => [x.text, x.type, x.value]), [['14:32, 22-Nov-2017', 'time', '2017-11-22T14:32']]);
  assert.equal(mention('The report was filed on 5-January-2018.', '2018-01-09', '5-January-2018')?.value, '2018-01-05');
});

test('a 24-hour clock time counts after a preposition or before a zone; a score or a ratio does not', () => {
  assert.equal(mention('The quake struck at 02:15 local time Tuesday.', '2017-11-25', '02:15 local time Tuesday')?.value, '2017-11-21T02:15');
  assert.equal(mention('The launch is set for 18:00 GMT.', '2017-11-25', '18:00 GMT')?.value, '2017-11-25T18:00');
  assert.deepEqual(datesIn('The game ended 14:12 after extra time.', '2017-11-25'), []);
  assert.deepEqual(datesIn('The ratio was 3:12 overall.', '2017-11-25'), []);
});

test('a scheduled event in the simple present is still to come: "The summit opens Friday", "the ban takes effect Monday"', () => {
  // 22 November 2017 is a Wednesday.
  assert.equal(mention('The summit opens Friday in Beijing.', '2017-11-22', 'Friday')?.value, '2017-11-24');
  assert.equal(mention('The ban takes effect Monday.', '2017-11-22', 'Monday')?.value, '2017-11-27');
  assert.equal(mention('The vote is set for Sunday.', '2017-11-22', 'Sunday')?.value, '2017-11-26');
  assert.equal(mention('Officials said on Monday that talks had stalled.', '2017-11-22', 'Monday')?.value, '2017-11-20');
});

test('a caption or headline in the present tells a past event: "Xi meets Moon on Saturday" is last Saturday', () => {
  const text = 'Xi Jinping meets Moon Jae-in in Da Nang on Saturday.';
  const { tokens, sentences } = tokenize(text);
  const ref = { value: '2017-11-22', source: 'cli' as const };
  assert.equal(findDatesAfter(text, tokens, sentences, ref, null, 'caption').dates[0].value, '2017-11-18');
  assert.equal(findDatesAfter(text, tokens, sentences, ref, null, null).dates[0].value, '2017-11-25');
});

test('"should" and "must" look ahead, a modal perfect ("should have been filed", "would have arrived") looks back', () => {
  // 23 November 2017 is a Thursday.
  assert.equal(mention('Firms must register by March.', '2017-11-23', 'March')?.value, '2018-03');
  assert.equal(mention('The report should have been filed on Friday.', '2017-11-23', 'Friday')?.value, '2017-11-17');
  assert.equal(mention('He would have arrived on Tuesday.', '2017-11-23', 'Tuesday')?.value, '2017-11-21');
  assert.equal(mention('He would arrive on Tuesday.', '2017-11-23', 'Tuesday')?.value, '2017-11-28');
});
