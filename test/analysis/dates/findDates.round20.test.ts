import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatYmd } from '../../../server/src/analysis/dates/calendar';
import { describeDate } from '../../../server/src/analysis/dates/describeDate';
import { findDatesAfter } from '../../../server/src/analysis/dates/findDates';
import { solarTermDay } from '../../../server/src/analysis/dates/lunarCalendar';
import { parseTimex } from '../../../server/src/analysis/dates/parseTimex';
import type { Headline } from '../../../server/src/analysis/dates/tense';
import { timelinePoint } from '../../../server/src/analysis/dates/timelineOrder';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { datesIn } from './helpers';

// Sentences written for these tests (round 20 of the date layer). 13 March 2026 is a Friday.

const REF = '2026-03-13';
const pairs = (text: string, ref = REF) => datesIn(text, ref).map((d) => [d.text, d.value]);
const headlinePairs = (text: string, headline: Headline, ref = REF) => {
  const { tokens, sentences } = tokenize(text);
  return findDatesAfter(text, tokens, sentences, { value: ref, source: 'cli' }, null, headline).dates.map((d) => [d.text, d.value]);
};

test('a title\'s verb of schedule or journey takes the coming day unless the day just past is fresh news', () => {
  // Three days back, four ahead: a trip in a title is the coming one.
  assert.deepEqual(headlinePairs('Trump heads to Riyadh on Tuesday for Gulf summit', 'title'), [['Tuesday', '2026-03-17']]);
  assert.deepEqual(headlinePairs('G7 leaders gather in Tokyo on Saturday', 'title'), [['Saturday', '2026-03-14']]);
  assert.deepEqual(headlinePairs('Lunar probe launches on Monday from Wenchang', 'title'), [['Monday', '2026-03-16']]);
  // Yesterday and the day before are still news.
  assert.deepEqual(headlinePairs('Shenzhou crew returns to Earth on Thursday', 'title'), [['Thursday', '2026-03-12']]);
  assert.deepEqual(headlinePairs('Chinese FM meets EU envoy in Brussels on Wednesday', 'title'), [['Wednesday', '2026-03-11']]);
  // "to" and "will" look ahead; other present verbs of a title and every present of a caption stay past.
  assert.deepEqual(headlinePairs('Xi to visit Kazakhstan on Thursday', 'title'), [['Thursday', '2026-03-19']]);
  assert.deepEqual(headlinePairs('Stocks slide on Tuesday as oil jumps', 'title'), [['Tuesday', '2026-03-10']]);
  assert.deepEqual(headlinePairs('Delegates arrive at the venue on Tuesday.', 'caption'), [['Tuesday', '2026-03-10']]);
});

test('in running text a present state after an event keeps the nearer day, not a title\'s lean ahead', () => {
  // 11 March 2026 is a Wednesday: Sunday is three days back, four ahead.
  assert.deepEqual(pairs('Police are investigating the blast on Sunday.', '2026-03-11'), [['Sunday', '2026-03-08']]);
});

test('a weekday range of a practice told in the plural present passive is a weekly set: "Prayers are held Friday to Sunday"', () => {
  assert.deepEqual(pairs('Prayers are held Friday to Sunday.'), [['Friday', 'XXXX-WXX-5'], ['Sunday', 'XXXX-WXX-7']]);
  assert.deepEqual(pairs('Language classes are given Monday through Thursday at the cultural centre.'), [['Monday', 'XXXX-WXX-1'], ['Thursday', 'XXXX-WXX-4']]);
  // One event previewed in the singular, a festival that runs, or a past week: days of one week.
  assert.deepEqual(pairs('The forum is held Friday to Sunday in Boao.'), [['Friday', '2026-03-13'], ['Sunday', '2026-03-15']]);
  assert.deepEqual(pairs('The lantern fair runs Friday to Sunday.'), [['Friday', '2026-03-13'], ['Sunday', '2026-03-15']]);
  assert.deepEqual(pairs('Prayers were held Friday to Sunday.').map(([, v]) => /^2026-03/.test(v)), [true, true]);
});

test('the solar terms fall on their astronomical days in Beijing time', () => {
  const day = (term: number, y: number) => formatYmd(solarTermDay(term, y));
  // The Beginning of Spring is on Feb. 3 in some years; the winter solstice of 2026 is on Dec. 22 in Beijing.
  assert.deepEqual([day(1, 2025), day(1, 2026), day(4, 2026), day(5, 2026), day(22, 2026), day(24, 2026)],
    ['2025-02-03', '2026-02-04', '2026-03-20', '2026-04-05', '2026-12-22', '2026-01-20']);
});

test('a solar term named in English or pinyin is its day; equinoxes and solstices also in lower case', () => {
  assert.deepEqual(pairs('Farmers start sowing around Grain Rain, which falls on April 20.'), [['Grain Rain', '2026-04-20'], ['April 20', '2026-04-20']]);
  assert.deepEqual(pairs('Jingzhe, the third of the 24 solar terms, fell on March 5.'), [['Jingzhe', '2026-03-05'], ['March 5', '2026-03-05']]);
  assert.deepEqual(pairs('The spring equinox brings equal day and night on Friday next week.')[0], ['spring equinox', '2026-03-20']);
  // "the Beginning of Autumn" is the term's day, not the start of the season.
  assert.deepEqual(pairs('The Beginning of Autumn marks the end of the hottest days.', '2026-07-20'), [['Beginning of Autumn', '2026-08-07']]);
  // A pinyin gloss in brackets is the same day, told once.
  assert.deepEqual(pairs('Major Cold (Dahan), the last solar term, fell on Jan. 20.'), [['Major Cold', '2026-01-20'], ['Jan. 20', '2026-01-20']]);
});

test('solar-term names that are also weather words or Chinese names count only in a text about the terms', () => {
  assert.deepEqual(pairs('Heavy Snow Disrupts Travel in Northeast China'), []);
  assert.deepEqual(pairs('Great Heat brings record demand for power.'), []);
  assert.deepEqual(pairs('Heavy Snow, the 21st of the 24 solar terms, is a time to stock up on vegetables.')[0], ['Heavy Snow', '2025-12-07']);
});

test('a yearly day that "falls on" a day is the coming one; "this year" after that day dates the name too', () => {
  // In March, December's term is this year's.
  assert.deepEqual(pairs('Heavy Snow, the 21st of the 24 solar terms, falls on Dec. 7.'), [['Heavy Snow', '2026-12-07'], ['Dec. 7', '2026-12-07']]);
  assert.deepEqual(pairs('The Beginning of Winter falls on Nov. 7 this year.'), [['Beginning of Winter', '2026-11-07'], ['Nov. 7 this year', '2026-11-07']]);
  assert.deepEqual(pairs('The Mid-Autumn Festival falls on Sept. 25 this year.')[0], ['Mid-Autumn Festival', '2026-09-25']);
});

test('a year before Christ is marked with its era and valued in TIMEX2\'s BC form: "221 BC" is BC0221', () => {
  assert.deepEqual(pairs('The first emperor unified China in 221 BC.'), [['221 BC', 'BC0221']]);
  assert.deepEqual(pairs('The bronze tripod is from around 1046 B.C.'), [['1046 B.C.', 'BC1046']]);
  // The first year of a range counts down to the second, whose era it shares.
  assert.deepEqual(pairs('Mencius (372-289 BC) was a follower of Confucius.'), [['372', 'BC0372'], ['289 BC', 'BC0289']]);
  // Across the eras each year keeps its own; a year of the Christian era is the number alone, as "1056 AD" was.
  assert.deepEqual(pairs('The Han Dynasty lasted from 206 BC to AD 220.'), [['206 BC', 'BC0206'], ['220', '0220']]);
  assert.deepEqual(pairs('The pagoda was first built in 652 AD.'), [['652', '0652']]);
  assert.deepEqual(pairs('The warriors were buried in the third century BC.'), [['the third century BC', 'BC02']]);
  // "BC" after no number is a province; lower case is no era.
  assert.deepEqual(pairs('Floods hit Vancouver, BC, on Tuesday.'), [['Tuesday', '2026-03-10']]);
});

test('values before Christ are read, worded and ordered: BC0221 is 221 BC, before BC0206 and 0220', () => {
  assert.deepEqual(parseTimex('BC0221'), { kind: 'year', y: 221, bc: true });
  assert.deepEqual(parseTimex('BC02'), { kind: 'century', century: 2, bc: true });
  assert.equal(parseTimex('BC0000'), null);
  assert.equal(describeDate('BC0221', 'date'), '221 BC');
  assert.equal(describeDate('BC02', 'date'), 'the 3rd century BC');
  const ref = { y: 2026, m: 3, d: 13 };
  const order = ['0220', 'BC0206', 'BC02', 'BC0221'].sort((a, b) => timelinePoint(a, ref)! - timelinePoint(b, ref)!);
  assert.deepEqual(order, ['BC02', 'BC0221', 'BC0206', '0220']);
});

test('"another" before a unit is one more of it where "a" would be a length: "extended for another year"', () => {
  assert.deepEqual(pairs('The visa-free policy was extended for another year.'), [['another year', 'P1Y']]);
  assert.deepEqual(pairs('The search will go on for another day.'), [['another day', 'P1D']]);
  // Not without a word that measures time, nor counting periods in a row.
  assert.deepEqual(pairs('It was another day of heavy fighting.'), []);
  assert.deepEqual(pairs('The carmaker stayed profitable for another straight quarter.'), []);
});

test('a yearly day booked or prepared for is the coming one, however far ahead, though the booking is told in the past', () => {
  // 24 September 2025: the last Spring Festival was in January, the next is on 17 February 2026.
  assert.deepEqual(pairs('Bookings for the Spring Festival holiday opened on Monday.', '2025-09-24')[0], ['Spring Festival', '2026-02-17']);
  assert.deepEqual(pairs('Preparations for Christmas began early this year.', '2026-01-20')[0], ['Christmas', '2026-12-25']);
  // Without such a word the past tense keeps the last one.
  assert.deepEqual(pairs('Sales surged during the Spring Festival holiday.', '2025-09-24')[0], ['Spring Festival', '2025-01-29']);
});

test('months of a season of the year\'s round told in the simple present recur: "The flood season lasts from June to September"', () => {
  const ref = '2025-07-18';
  assert.deepEqual(pairs('The flood season lasts from June to September.', ref), [['June', 'XXXX-06'], ['September', 'XXXX-09']]);
  assert.deepEqual(pairs('The typhoon season peaks in August.', ref), [['August', 'XXXX-08']]);
  // One year's season, or one told in the past or future, is that year's.
  assert.deepEqual(pairs('The flood season will end in September.', ref), [['September', '2025-09']]);
  assert.deepEqual(pairs('The flood season began in June.', ref), [['June', '2025-06']]);
  assert.deepEqual(pairs("This year's flood season lasts from June to September.", ref).slice(1), [['June', '2025-06'], ['September', '2025-09']]);
});
