import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDatesAfter } from '../../../server/src/analysis/dates/findDates';
import type { Headline } from '../../../server/src/analysis/dates/tense';
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
