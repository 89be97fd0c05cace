import type { RawMention } from '../types';

/**
 * An airline named after a country and a direction is called by those two words once the article has named it in
 * full: "China Southern Airlines" … "China Southern", "China Eastern". The tagger reads the place in them, but
 * "<place> Southern" is no way English names a place ("Southern China", "South China" are), so such a mention is the
 * airline when the article names it with "Airlines" or "Airways" after. Mentions a person tagged or confirmed stay as
 * they are. Pure.
 */
const DIRECTION_END = /\s(?:Eastern|Western|Southern|Northern)$/;
const AIRLINE_AFTER = /^\s+(?:Airlines|Airways|Air Lines)\b/;

export function airlineShortForms(text: string, mentions: RawMention[]): RawMention[] {
  const airlines = new Set<string>();
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    const full = /^(.+?)\s+(?:Airlines|Airways|Air Lines)$/.exec(name);
    if (full && DIRECTION_END.test(full[1])) airlines.add(full[1]);
    else if (DIRECTION_END.test(name) && AIRLINE_AFTER.test(text.slice(m.end, m.end + 16))) airlines.add(name);
  }
  if (!airlines.size) return mentions;
  return mentions.map((m) => (m.origin === 'detected' && m.type !== 'organization' && airlines.has(text.slice(m.start, m.end))
    ? { ...m, type: 'organization' as const } : m));
}
