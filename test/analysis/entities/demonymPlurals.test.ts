import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retypeDemonyms } from '../../../server/src/analysis/entities/demonymPlurals';
import type { EntityType, RawMention } from '../../../server/src/analysis/types';

/** The first occurrence of `s` as a whole word, as a detected mention. */
const mention = (text: string, s: string, type: EntityType): RawMention => {
  const i = text.search(new RegExp(`\\b${s}\\b`));
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length, type, score: 1, origin: 'detected' };
};

test('"South Koreans" after "South Korean" is a group of people (misc), not the place', () => {
  // From samples/wang-yi-minjoo-party.article.
  const text = 'Wang met a South Korean delegation. Large numbers of South Koreans rallied against the risky move.';
  const out = retypeDemonyms(text, [mention(text, 'South Korean', 'misc'), mention(text, 'South Koreans', 'location')]);
  assert.deepEqual(out.map((m) => m.type), ['misc', 'misc']);
});

test('the people of a place tagged in the article are misc ("Korea" → "Koreans")', () => {
  const text = 'Seoul said Korea would act. Koreans rallied.';
  const out = retypeDemonyms(text, [mention(text, 'Korea', 'location'), mention(text, 'Koreans', 'location')]);
  assert.deepEqual(out.map((m) => m.type), ['location', 'misc']);
});

test('a country whose name is a plural stays a place ("Philippine" → "Philippines")', () => {
  const text = 'The Philippine president flew home. The Philippines signed the deal.';
  const out = retypeDemonyms(text, [mention(text, 'Philippine', 'misc'), mention(text, 'Philippines', 'location')]);
  assert.deepEqual(out.map((m) => m.type), ['misc', 'location']);
});
