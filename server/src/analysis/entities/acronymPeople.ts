import type { RawMention } from '../types';

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
    const lineStart = text.lastIndexOf('\n', m.start) + 1;
    const lineEnd = text.indexOf('\n', m.end);
    if (!/\p{Ll}/u.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return m;
    changed = true;
    return { ...m, type: 'organization' as const };
  });
  return changed ? out : mentions;
}
