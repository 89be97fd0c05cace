import assert from 'node:assert/strict';
import { linkMentions } from '../../../server/src/analysis/linking/linkMentions';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { EntityType, RawMention } from '../../../server/src/analysis/types';

/** The entities linked from hand-given mentions (text, type, where to search from), as "name: every mention" strings. */
export function groups(text: string, given: [string, EntityType, number?][]): string[] {
  const raw: RawMention[] = given.map(([s, type, from]) => {
    const i = text.indexOf(s, from ?? 0);
    assert.ok(i >= 0, s);
    return { start: i, end: i + s.length, type, score: 0.9, origin: 'detected' };
  });
  const { mentions, entities } = linkMentions(text, raw, tokenize(text).tokens);
  return entities.map((e) => `${e.name}: ${e.mentions.map((i) => mentions[i].text).join(', ')}`);
}

/** A detected mention of `s` (its first occurrence at or after `from`), as the tagger would give it. */
export function at(text: string, s: string, type: EntityType, from = 0): RawMention {
  const i = text.indexOf(s, from);
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length, type, score: 0.8, origin: 'detected' };
}

/** The entity name of each mention, in text order, as "mention→entity" strings. */
export function linkedNames(text: string, ms: RawMention[]): string[] {
  const r = linkMentions(text, ms, tokenize(text).tokens);
  return r.mentions.map((m) => `${m.text}→${r.entities[m.entity].name}`);
}
