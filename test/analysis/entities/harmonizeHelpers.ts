import assert from 'node:assert/strict';
import { harmonizeTypes } from '../../../server/src/analysis/entities/consistency';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { EntityType, Origin, RawMention } from '../../../server/src/analysis/types';

/** A mention of `s` (its first occurrence at or after `from`) as the tagger would give it: type, origin, score 0.8. */
export function at(text: string, s: string, type: EntityType, origin: Origin = 'detected', from = 0): RawMention {
  const i = text.indexOf(s, from);
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length, type, score: 0.8, origin };
}

/** The document rules run over hand-given mentions, as "text/type" strings: what these tests compare. */
export function run(text: string, ms: RawMention[]): string[] {
  return harmonizeTypes(text, ms, tokenize(text).tokens).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

/** Mentions as "text/type" strings, for tests of one rule called directly. */
export function shown(text: string, ms: RawMention[]): string[] {
  return ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}
