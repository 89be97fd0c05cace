import assert from 'node:assert/strict';
import { linkMentions } from '../../../server/src/analysis/linking/linkMentions';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { EntityType, RawMention } from '../../../server/src/analysis/types';

/** The roles linked to the person named `name`, from hand-given mentions (text, type), sorted. */
export function rolesOf(text: string, given: [string, EntityType][], name: string): string[] {
  const raw: RawMention[] = given.map(([s, type]) => {
    const i = text.indexOf(s);
    assert.ok(i >= 0, s);
    return { start: i, end: i + s.length, type, score: 0.9, origin: 'detected' };
  });
  const { entities } = linkMentions(text, raw, tokenize(text).tokens);
  const e = entities.find((x) => x.name === name);
  assert.ok(e, name);
  return e.roles.slice().sort();
}
