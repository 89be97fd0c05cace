import assert from 'node:assert/strict';
import { test } from 'node:test';
import { harmonizeTypes } from '../../../server/src/analysis/entities/consistency';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { EntityType, RawMention } from '../../../server/src/analysis/types';

const at = (text: string, s: string, type: EntityType): RawMention => {
  const i = text.indexOf(s);
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length, type, score: 0.8, origin: 'detected' };
};
const run = (text: string, ms: RawMention[]) => harmonizeTypes(text, ms, tokenize(text).tokens).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('a clipped word of a council the article names is that council: "Legislative Council" … "LegCo"', () => {
  const text = 'The Legislative Council sat late. LegCo members then left.';
  assert.deepEqual(run(text, [at(text, 'Legislative Council', 'organization')]), ['Legislative Council/organization', 'LegCo/organization']);
});

test('a clipped word no name explains, or one after a capitalized word, stays out', () => {
  const text = 'The Finance Ministry spoke. Chile FinMin and PayPal said nothing.';
  assert.deepEqual(run(text, [at(text, 'Finance Ministry', 'organization')]), ['Finance Ministry/organization']);
});
