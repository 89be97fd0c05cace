import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn, mention } from './helpers';

// Sentences written for these tests (round 10 of the date layer). Reference dates are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('a month that is the subject of a clause about a month or about moving figures is a date', () => {
  assert.deepEqual(pairs('May was the hottest month on record in the province.', '2025-12-10'), [['May', '2025-05']]);
  assert.deepEqual(pairs('March saw a sharp rebound in factory activity.', '2025-12-10'), [['March', '2025-03']]);
  assert.deepEqual(pairs('March also saw exports surge.', '2025-12-10'), [['March', '2025-03']]);
  // Told in the present perfect the month is behind, as in the past tense.
  assert.deepEqual(pairs('May has been the wettest month of the year so far.', '2025-12-10'), [['May', '2025-05'], ['the year', '2025']]);
});

test('"May" as a person stays no date when the clause is not about a month or figures', () => {
  assert.deepEqual(pairs('May was elected party leader in 2016.', '2025-12-10'), [['2016', '2016']]);
  assert.deepEqual(pairs('May saw a chance to win back voters.', '2025-12-10'), []);
  assert.deepEqual(pairs('In a speech, May was cautious about the month ahead.', '2025-12-10'), []);
  assert.deepEqual(pairs('The march was peaceful, and they march again today.', '2025-12-10'), [['today', '2025-12-10']]);
});

test('a year before 1500 is taken in a frame of time: a preposition, an era, a range of years', () => {
  assert.deepEqual(pairs('The dynasty ruled from 1271 to 1368.', '2025-12-10'), [['1271', '1271'], ['1368', '1368']]);
  assert.deepEqual(pairs('The dynasty lasted from 1368 to 1644.', '2025-12-10'), [['1368', '1368'], ['1644', '1644']]);
  assert.deepEqual(pairs('The city has been a capital since 1279.', '2025-12-10'), [['1279', '1279']]);
  assert.deepEqual(pairs('The stone bridge dates back to 1189.', '2025-12-10'), [['1189', '1189']]);
  assert.deepEqual(pairs('The fleet sailed seven times between 1405 and 1433.', '2025-12-10'), [['1405', '1405'], ['1433', '1433']]);
  assert.deepEqual(pairs('The pagoda was completed in 1056 AD.', '2025-12-10'), [['1056', '1056']]);
});

test('a number before 1500 stays a count in a range of amounts, a ratio or before a noun', () => {
  assert.deepEqual(pairs('The village population grew from 1200 to 1400.', '2025-12-10'), []);
  assert.deepEqual(pairs('Between 1200 and 1400 people attended the fair.', '2025-12-10'), []);
  assert.deepEqual(pairs('The risk is about one in 1200.', '2025-12-10'), []);
  assert.deepEqual(pairs('About 1300 soldiers took part in the drill.', '2025-12-10'), []);
  assert.deepEqual(pairs('In 1200 cities, the tests began.', '2025-12-10'), []);
});

test('"N years ago this month", "ago this week", "ago today" is one date: that month, week or day N years back', () => {
  assert.deepEqual(pairs('The treaty was signed 30 years ago this month.', '2025-12-10'), [['30 years ago this month', '1995-12']]);
  assert.deepEqual(pairs('The pair first met 10 years ago today.', '2025-12-10'), [['10 years ago today', '2015-12-10']]);
  assert.deepEqual(pairs('The company was founded two decades ago this week.', '2025-12-10'), [['two decades ago this week', '2005-W49']]);
});

test('a year counted back before the era has no ISO value: it is the past; an early one has four digits', () => {
  assert.equal(mention('The comet last passed Earth 80,000 years ago.', '2025-12-10', '80,000 years ago')?.value, 'PAST_REF');
  assert.equal(mention('The town was founded 1,500 years ago.', '2025-12-10', '1,500 years ago')?.value, '0525');
});

test('a day designated as an annual observance has no one year: "designated Sept. 3 as Victory Day"', () => {
  assert.deepEqual(pairs('China designated Sept. 3 as Victory Day in 2014.', '2025-12-10'), [['Sept. 3', 'XXXX-09-03'], ['2014', '2014']]);
  assert.deepEqual(pairs('Lawmakers declared 15 August a national day of remembrance.', '2025-12-10'), [['15 August', 'XXXX-08-15']]);
  assert.deepEqual(pairs('Dec. 4 was officially designated National Constitution Day.', '2025-12-10'), [['Dec. 4', 'XXXX-12-04']]);
  // A day set for one event, or "as" of another sense, keeps its year.
  assert.deepEqual(pairs('The vote was set for Sept. 3 as planned.', '2025-12-10'), [['Sept. 3', '2025-09-03']]);
});

test('a range of weekdays after "is open" or "operates" in the present recurs; in the past it is that week', () => {
  assert.deepEqual(datesIn('The museum is open Tuesday to Sunday.', '2025-12-10').map((d) => [d.text, d.type, d.value]),
    [['Tuesday', 'set', 'XXXX-WXX-2'], ['Sunday', 'set', 'XXXX-WXX-7']]);
  assert.deepEqual(pairs('The shuttle bus operates Monday through Friday.', '2025-12-10'), [['Monday', 'XXXX-WXX-1'], ['Friday', 'XXXX-WXX-5']]);
  assert.deepEqual(pairs('The museum was open Monday to Wednesday for members only.', '2025-12-10'), [['Monday', '2025-12-08'], ['Wednesday', '2025-12-10']]);
  // A one-off closure or a festival weekend is no timetable.
  assert.equal(datesIn('The festival runs Friday to Sunday.', '2025-12-10').every((d) => d.type === 'date'), true);
});

test('the second weekday of a range never falls before the first', () => {
  assert.deepEqual(pairs('The museum will be closed Monday to Wednesday.', '2025-12-10'), [['Monday', '2025-12-15'], ['Wednesday', '2025-12-17']]);
});

test('"cut" with an object is a past verb unless a modal or "to" takes it', () => {
  assert.equal(mention('The central bank cut the reserve requirement ratio in May.', '2025-12-10', 'May')?.value, '2025-05');
  assert.equal(mention('The central bank will cut rates in March.', '2025-12-10', 'March')?.value, '2026-03');
  assert.equal(mention('Markets expect a rate cut in March.', '2025-12-10', 'March')?.value, '2026-03');
});

test('a season in a sentence of recurrence, or a bare generic season in the present, is a set', () => {
  assert.deepEqual(datesIn('The trade fair is held twice a year in spring and autumn.', '2025-12-10').map((d) => [d.text, d.type, d.value]),
    [['twice a year', 'set', 'P1Y'], ['spring', 'set', 'XXXX-SP'], ['autumn', 'set', 'XXXX-FA']]);
  assert.deepEqual(pairs('Cherry trees on the campus bloom in spring.', '2025-12-10'), [['spring', 'XXXX-SP']]);
  assert.deepEqual(pairs('Flights to the island are usually cut in winter.', '2025-12-10'), [['winter', 'XXXX-WI']]);
});

test('a bare season after "in" is a date in the past or the future tense; a season already over lies ahead', () => {
  assert.deepEqual(pairs('The forum was held in spring.', '2025-12-10'), [['spring', '2025-SP']]);
  assert.deepEqual(pairs('The talks will resume in spring.', '2025-12-10'), [['spring', '2026-SP']]);
  // "spring" before a noun is water or a part; "fall" alone stays a verb.
  assert.deepEqual(pairs('Hot spring water flows in spring wells.', '2025-12-10'), []);
  assert.deepEqual(pairs('Prices are expected to fall in coming weeks.', '2025-12-10').filter((p) => p[0] === 'fall'), []);
});

test('a zone after the weekday of a clock time keeps the weekday: "by 8 p.m. Monday local time"', () => {
  assert.deepEqual(pairs('The typhoon is expected to make landfall by 8 p.m. Monday local time.', '2025-12-10'),
    [['8 p.m. Monday local time', '2025-12-15T20:00']]);
  assert.deepEqual(pairs('The quake struck at 2:17 a.m. Tuesday local time.', '2025-12-10'), [['2:17 a.m. Tuesday local time', '2025-12-09T02:17']]);
  assert.deepEqual(pairs('The launch is at 9 p.m. Beijing time.', '2025-12-10'), [['9 p.m. Beijing time', '2025-12-10T21:00']]);
});

test('"forecast for" looks ahead: "Snow is forecast for the weekend" is the coming weekend', () => {
  assert.deepEqual(pairs('Heavy snow is forecast for the weekend.', '2025-12-10'), [['the weekend', '2025-W50-WE']]);
});

test('"on weekends", "at weekends" recur', () => {
  assert.deepEqual(datesIn('Museums stay open late at weekends.', '2025-12-10').map((d) => [d.text, d.type, d.value]), [['weekends', 'set', 'XXXX-WXX-WE']]);
});
