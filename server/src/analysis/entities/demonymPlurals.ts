import type { RawMention } from '../types';

/**
 * People named after a place are `misc` in the CoNLL scheme ("South Koreans", "Americans"), yet at the head of a
 * noun phrase a tagger often reads them as the place. A mention typed location becomes misc when the article itself
 * shows it is a demonym: it is the plural of a demonym tagged misc elsewhere ("South Korean" → "South Koreans",
 * "Israeli" → "Israelis"; not "Philippine" → "Philippines", a country), or a place tagged elsewhere plus "n" / "ns"
 * ("Korea" → "Koreans", "America" → "American"). Detected mentions only. Pure.
 */
export function retypeDemonyms(text: string, mentions: RawMention[]): RawMention[] {
  const key = (m: RawMention) => text.slice(m.start, m.end);
  const misc = new Set<string>();
  const places = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'misc') misc.add(key(m));
    else if (m.type === 'location') places.add(key(m));
  }
  const demonym = (k: string) =>
    (/[ni]s$/.test(k) && misc.has(k.slice(0, -1))) ||
    (k.endsWith('ns') && places.has(k.slice(0, -2))) ||
    (k.endsWith('n') && places.has(k.slice(0, -1)));
  return mentions.map((m) => (m.type === 'location' && m.origin === 'detected' && demonym(key(m)) ? { ...m, type: 'misc' } : m));
}
