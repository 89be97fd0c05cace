import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPhrases, phraseSet } from '../../server/src/analysis/findPhrases';
import { matchesWhere } from '../../server/src/analysis/matchesWhere';

// The fast searches the document rules use must find exactly what the regexes they replace found.

const regexFinds = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);

test('findPhrases finds what an alternation of the phrases with the same lookarounds finds, leftmost and the first listed first', () => {
  const text = 'Crowds saw The Last Supper in Milan, then Last Supper replicas and the Mona Lisa Smile poster; Hà Nội, Hồ Chí Minh City and Thành phố Hồ Chí Minh City.';
  const phrases = ['The Last Supper', 'Last Supper', 'Mona Lisa', 'Hồ Chí Minh City', 'Thành phố Hồ Chí Minh', 'Hà Nội'];
  const notAfter = /^(?![\p{L}\p{N}-]| \p{Lu})/u;
  const found = findPhrases(text, phraseSet(phrases), (_s, e) => notAfter.test(text.slice(e, e + 3))).map((m) => [m.start, m.end]);
  const re = /(?:The Last Supper|Last Supper|Mona Lisa|Hồ Chí Minh City|Thành phố Hồ Chí Minh|Hà Nội)(?![\p{L}\p{N}-]| \p{Lu})/gu;
  assert.deepEqual(found, regexFinds(text, re));
  // "Mona Lisa Smile" is refused by the lookahead, and so is "Thành phố Hồ Chí Minh" before "City": the search goes on
  // inside it and finds "Hồ Chí Minh City".
  assert.deepEqual(found.map(([s, e]) => text.slice(s, e)), ['The Last Supper', 'Last Supper', 'Hà Nội', 'Hồ Chí Minh City', 'Hồ Chí Minh City']);
  // At one position the phrase listed first wins, and what overlaps it is skipped.
  const t2 = 'Golden Week Sales start Monday.';
  const set = phraseSet(['Golden Week', 'Golden Week Sales', 'Week Sales']);
  assert.deepEqual(findPhrases(t2, set, () => true).map((m) => t2.slice(m.start, m.end)), ['Golden Week']);
  assert.deepEqual(findPhrases(t2, set, () => true).map((m) => [m.start, m.end]), regexFinds(t2, /(?:Golden Week|Golden Week Sales|Week Sales)/g));
});

test('findPhrases reports which phrase matched and finds nothing in an article that names none', () => {
  const set = phraseSet(['Kyiv', 'Odesa']);
  assert.deepEqual(findPhrases('Drones struck Odesa overnight.', set, () => true), [{ start: 14, end: 19, index: 1 }]);
  assert.deepEqual(findPhrases('Exports of grain rose in May.', set, () => true), []);
});

test('matchesWhere gives what the regex behind a lookbehind gives, going on from the next position after a refusal', () => {
  const text = 'LegCo members met ExCo; the iPhoneAir and xHelloWorld are no councils, nor is BigBangTheory.';
  const withLookbehind = /(?<![\p{L}\p{N}])[A-Z][a-z]+(?:[A-Z][a-z]+)+(?![\p{L}\p{N}])/gu;
  const without = /[A-Z][a-z]+(?:[A-Z][a-z]+)+(?![\p{L}\p{N}])/gu;
  const found = matchesWhere(without, text, (i) => !/[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, i - 2), i))).map((m) => [m.index, m.index + m[0].length]);
  assert.deepEqual(found, regexFinds(text, withLookbehind));
  assert.deepEqual(found.map(([s, e]) => text.slice(s, e)), ['LegCo', 'ExCo', 'BigBangTheory']);
  // "after a space": the nouns of a lookbehind "(?<= )".
  const kinds = matchesWhere(/(?:rovers?|chips?)(?![\p{L}-])/gu, 'the Zhurong rover, microchips and chips', (i) => 'the Zhurong rover, microchips and chips'[i - 1] === ' ');
  assert.deepEqual(kinds.map((m) => m[0]), ['rover', 'chips']);
});
