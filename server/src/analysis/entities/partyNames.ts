import type { RawMention } from '../types';

/**
 * A party's one-word name the tagger has not seen reads as a person's ("Komeito", "Ishin", "Likud"). The article's
 * own words tell: an apposition calls it a party or a coalition partner ("Komeito, the junior coalition partner,",
 * "Ishin, an opposition party"), or such a noun stands right before it ("coalition partner Komeito", "the
 * Buddhist-backed party Komeito"). Then every detected person mention of exactly that name is an organization.
 * A "partner" must be a coalition's or a junior one ("the managing partner John Hale" stays a person); "party leader
 * X" and "Abe, the party leader," are no cues: the party noun must head the apposition. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const PARTY = String.raw`(?:party|coalition|bloc|alliance|faction|(?:coalition|junior|ruling|governing)\s+partner)`;
/** The noun heads the apposition: it ends it or a preposition or clause follows ("the party leader" is a person). */
const HEAD_END = String.raw`(?=\s*[,.;:)]|\s+(?:in|of|that|which|with|to|and|led|headed|backed|since|whose)\b)`;
const APPOSITION = new RegExp(String.raw`^,\s+(?:the|a|an|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}${PARTY}${HEAD_END}`, 'u');
const BEFORE = new RegExp(String.raw`\b${PARTY}\s+$`, 'u');
const ONE_WORD = /^\p{Lu}[\p{L}-]+$/u;

export function partyNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!/party|coalition|bloc|alliance|faction|partner/.test(text)) return mentions;
  const parties = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.origin !== 'detected') continue;
    const name = text.slice(m.start, m.end);
    if (!ONE_WORD.test(name) || parties.has(name)) continue;
    if (APPOSITION.test(text.slice(m.end, m.end + 60)) || BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) parties.add(name);
  }
  if (!parties.size) return mentions;
  return mentions.map((m) =>
    m.type === 'person' && m.origin === 'detected' && parties.has(text.slice(m.start, m.end)) ? { ...m, type: 'organization' as const } : m,
  );
}
