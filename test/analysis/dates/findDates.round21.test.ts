import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 21 of the date layer). 13 March 2026 is a Friday.

const REF = '2026-03-13';
const pairs = (text: string, ref = REF) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('a place\'s opening or closing hour in the habitual present is a daily time, not today\'s', () => {
  assert.deepEqual(pairs('Markets in Shanghai open at 9:30 a.m.'), [['9:30 a.m.', 'XXXX-XX-XXT09:30']]);
  assert.deepEqual(pairs('The store opens at 10 a.m. and closes at 9 p.m.'), [['10 a.m.', 'XXXX-XX-XXT10:00'], ['9 p.m.', 'XXXX-XX-XXT21:00']]);
  assert.deepEqual(pairs('Most shops in Jakarta close at 6 p.m. during Ramadan.'), [['6 p.m.', 'XXXX-XX-XXT18:00']]);
});

test('an event that opens at an hour, or a place that opens on one named day, keeps one time', () => {
  assert.deepEqual(pairs('The meeting opens at 9 a.m. on Monday.'), [['9 a.m. on Monday', '2026-03-16T09:00']]);
  assert.deepEqual(pairs('The stock exchange opens at 9:30 a.m. on Monday after the holiday.'), [['9:30 a.m. on Monday', '2026-03-16T09:30']]);
  assert.deepEqual(pairs('The summit opens at 10 a.m. in the Great Hall of the People.'), [['10 a.m.', '2026-03-13T10:00']]);
  assert.deepEqual(pairs('Banks in the city will open at 10 a.m. tomorrow.'), [['10 a.m. tomorrow', '2026-03-14T10:00']]);
  assert.deepEqual(pairs('Stock markets in Tokyo opened at 9 a.m. and fell sharply.'), [['9 a.m.', '2026-03-13T09:00']]);
});

test('a weekday left out of a daily round ("every day except Monday") is every such weekday, not last Monday', () => {
  assert.deepEqual(pairs('The museum receives visitors every day except Monday.'), [['every day', 'P1D'], ['Monday', 'XXXX-WXX-1']]);
  assert.deepEqual(pairs('The ferry to the island runs daily except on Tuesday.'), [['daily', 'P1D'], ['Tuesday', 'XXXX-WXX-2']]);
  // A weekday after "except" with no daily round is still one day.
  assert.deepEqual(pairs('Except Monday, the talks in Geneva were calm.'), [['Monday', '2026-03-09']]);
});

test('"the past decade" is the ten years up to now; "the last decade" is that stretch after "over" or "for", else the decade before', () => {
  assert.deepEqual(pairs('Average temperatures in the Arctic rose sharply over the last decade.'), [['the last decade', 'P10Y']]);
  assert.deepEqual(pairs('Average temperatures in the Arctic rose sharply over the past decade.'), [['the past decade', 'P10Y']]);
  assert.deepEqual(pairs('The city has doubled its metro network in the last decade.'), [['the last decade', '201']]);
  assert.deepEqual(pairs('The country has built more solar capacity in the past decade than any other.'), [['the past decade', 'P10Y']]);
  // "the past two decades" stays a length.
  assert.deepEqual(pairs('Over the past two decades, trade between the two blocs tripled.'), [['the past two decades', 'P20Y']]);
});

test('"the first two quarters" of a year are its first half, one date; three quarters stay a length beside the year', () => {
  assert.deepEqual(pairs('Vietnam\'s exports grew 14 percent in the first two quarters of 2025.'), [['the first two quarters of 2025', '2025-H1']]);
  assert.deepEqual(pairs('Car sales slowed in the last two quarters of last year.'), [['the last two quarters of last year', '2025-H2']]);
  assert.deepEqual(pairs('Vietnam\'s exports grew 14 percent in the first three quarters of 2025.'), [['the first three quarters', 'P3Q'], ['2025', '2025']]);
  assert.deepEqual(pairs('Exports grew 14 percent in the first two quarters.'), [['the first two quarters', 'P2Q']]);
});

test('a half or quarter still running is not the one whose growth is told in the past: that is last year\'s', () => {
  assert.deepEqual(pairs('Sales of new energy vehicles rose in the first half, the association said.'), [['the first half', '2025-H1']]);
  assert.deepEqual(pairs('Retail sales rose 4 percent in the first quarter, the bureau said.', '2026-02-20'), [['the first quarter', '2025-Q1']]);
  // Once the period is over it is this year's; ahead of it, the coming one.
  assert.deepEqual(pairs('Retail sales rose 4 percent in the first quarter, the bureau said.', '2026-04-16'), [['the first quarter', '2026-Q1']]);
  assert.deepEqual(pairs('Analysts expect sales to rise in the second half.'), [['the second half', '2026-H2']]);
});
