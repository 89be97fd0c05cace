import type { RawMention } from '../types';
import { lineAt } from './lineAt';

/**
 * A person's name is not written as an acronym in running text, but the tagger, which sees capitals after "told" or
 * "said", sometimes types one a person: "The minister told CGTN that …". A detected one-word person of three to six
 * capitals (digits allowed after the first), in a line that has lower-case letters (not an all-capitals headline, where
 * names are shouted too), is an organization. So is such an acronym typed a place right after "told", "speaking to"
 * or "an interview with": one speaks to a broadcaster or an agency ("Speaking to CGTN, …"), and the countries written
 * in capitals ("told the USA", "the UAE") are left out. Pure.
 */
const SPOKEN_TO = /(?:\btold|[Ss]peaking to|[Ss]poke to|interview with) $/;
const COUNTRY_CAPITALS = /^(?:USA|UAE|DRC|PRC|ROK|DPRK|KSA|USSR)$/;
const ACRONYM = /^[A-Z][A-Z0-9]{2,5}$/;

export function acronymPeople(text: string, mentions: RawMention[]): RawMention[] {
  let changed = false;
  const out = mentions.map((m) => {
    if ((m.type !== 'person' && m.type !== 'location') || m.origin !== 'detected' || m.end - m.start > 6 || !ACRONYM.test(text.slice(m.start, m.end))) return m;
    if (m.type === 'location' && (!SPOKEN_TO.test(text.slice(Math.max(0, m.start - 16), m.start)) || COUNTRY_CAPITALS.test(text.slice(m.start, m.end)))) return m;
    if (!/\p{Ll}/u.test(lineAt(text, m.start))) return m;
    changed = true;
    return { ...m, type: 'organization' as const };
  });
  return changed ? out : mentions;
}
