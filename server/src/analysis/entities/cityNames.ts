import type { RawMention } from '../types';

/**
 * No person is named "… City" or "… United": a name ending so that the tagger typed a person is a club ("Orlando City
 * beat Atlanta United 2-1") or a city ("Quezon City"). Club words ("United", "FC", "Rovers", "Wanderers", "Athletic",
 * "Albion", "Hotspur") make it a club, an organization; "City" makes it a club when a match is told right after it
 * or before it (a verb of the result or a score: "Orlando City beat …", "Orlando City 2 …", "… beat Orlando City"), else a city, a place. Only the mention
 * changes, and every person-typed mention of a name one match context makes a club. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const CLUB_END = / (?:United|FC|Rovers|Wanderers|Athletic|Albion|Hotspur)$/;
const CITY_END = / City$/;
const MATCH_AFTER = /^ (?:beat|beats|defeated|edged|thrashed|routed|(?:drew|lost|loses|lose) (?:to|with|against|\d)|\d{1,2}\b)/;

const MATCH_BEFORE = /\b(?:beat|beats|defeated|edged|thrashed|routed|against|v|vs\.?|drew with|draw with|lost to|loss to|win over|victory over) $/;

export function cityNames(text: string, mentions: RawMention[]): RawMention[] {
  const named = mentions.filter((m) => m.type === 'person' && m.origin === 'detected' && (CLUB_END.test(text.slice(m.start, m.end)) || CITY_END.test(text.slice(m.start, m.end))));
  if (!named.length) return mentions;
  const clubs = new Set<string>();
  for (const m of named) {
    const name = text.slice(m.start, m.end);
    if (CLUB_END.test(name) || MATCH_AFTER.test(text.slice(m.end, m.end + 12)) || MATCH_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) clubs.add(name);
  }
  return mentions.map((m) => (named.includes(m) ? { ...m, type: clubs.has(text.slice(m.start, m.end)) ? 'organization' as const : 'location' as const } : m));
}
