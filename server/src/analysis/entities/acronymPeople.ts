import type { RawMention } from '../types';
import { lineAt } from './lineAt';

/**
 * A person's name is not written as an acronym in running text, but the tagger, which sees capitals after "told" or
 * "said", sometimes types one a person: "The minister told CGTN that …". A detected one-word person of three to six
 * capitals (digits allowed after the first), in a line that has lower-case letters (not an all-capitals headline, where
 * names are shouted too), is an organization. Pure.
 */
const ACRONYM = /^[A-Z][A-Z0-9]{2,5}$/;

export function acronymPeople(text: string, mentions: RawMention[]): RawMention[] {
  let changed = false;
  const out = mentions.map((m) => {
    if (m.type !== 'person' || m.origin !== 'detected' || m.end - m.start > 6 || !ACRONYM.test(text.slice(m.start, m.end))) return m;
    if (!/\p{Ll}/u.test(lineAt(text, m.start))) return m;
    changed = true;
    return { ...m, type: 'organization' as const };
  });
  return changed ? out : mentions;
}
