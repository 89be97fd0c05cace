import type { RawMention } from '../types';

/**
 * A football club named "<place> City" or "<place> United" is called "City" or "United" once the article has named it
 * in full: "Manchester City beat Arsenal … City now lead the table". The tagger, which sees a common word in title
 * case, tags nothing there. So where an organization of two words ending in a club word ("City", "United", "Rovers",
 * "Wanderers", "Athletic", "Albion", "Hotspur") is detected, every other occurrence of that word standing alone (no
 * capitalized word right before or after it, no mention over it) is a mention of the club, an organization; the
 * linker then joins it to the full name. A place ending in "City" ("Mexico City", a location) gives nothing. Pure.
 */
const CLUB_NAME = /^\p{Lu}[\p{L}'-]+ (City|United|Rovers|Wanderers|Athletic|Albion|Hotspur)$/u;

export function clubShortForms(text: string, mentions: RawMention[]): RawMention[] {
  const words = new Set<string>();
  for (const m of mentions) {
    const club = m.type === 'organization' ? CLUB_NAME.exec(text.slice(m.start, m.end)) : null;
    if (club) words.add(club[1]);
  }
  if (!words.size) return mentions;
  const added: RawMention[] = [];
  for (const w of words) {
    for (const hit of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])${w}(?![\\p{L}\\p{N}-])`, 'gu'))) {
      const start = hit.index, end = start + w.length;
      if (/\p{Lu}[\p{L}'’-]*\s$/u.test(text.slice(Math.max(0, start - 30), start)) || /^\s\p{Lu}/u.test(text.slice(end, end + 2))) continue;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      added.push({ start, end, type: 'organization', score: 0.6, origin: 'detected' });
    }
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
