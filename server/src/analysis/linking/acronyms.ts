import type { RawMention } from '../types';
import { cleanName, initials, isAcronym } from './nameForms';

/**
 * Acronyms the article defines itself: "Terminal High Altitude Area Defense (THAAD)". Returns, for each acronym key,
 * the index of the mention it expands to. Accepts acronyms whose letters are the initials of the expansion, or a prefix of them.
 */
export function definedAcronyms(text: string, mentions: RawMention[]): Map<string, number> {
  const defined = new Map<string, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const m2 = /^\s*\(\s*([A-Z][A-Za-z0-9&.]{1,9})\s*\)/.exec(text.slice(m.end, m.end + 16));
    if (!m2) continue;
    const acronym = m2[1].replace(/\./g, '');
    if (!isAcronym(acronym)) continue;
    const full = initials(text.slice(m.start, m.end));
    if (full === acronym.toUpperCase() || (full.length > acronym.length && full.startsWith(acronym.toUpperCase())) || matchesLetters(acronym, text.slice(m.start, m.end))) {
      if (!defined.has(acronym.toUpperCase())) defined.set(acronym.toUpperCase(), i);
    }
  }
  return defined;
}

/** Every letter of the acronym appears, in order, at the start of a word or inside the expansion ("APEC" ← "Asia-Pacific Economic Cooperation"). */
function matchesLetters(acronym: string, expansion: string): boolean {
  const words = cleanName(expansion).split(/[\s-]+/);
  if (words.length < 2 || acronym[0].toUpperCase() !== words[0][0]?.toUpperCase()) return false;
  let w = 0;
  for (const ch of acronym.toUpperCase()) {
    while (w < words.length && words[w][0]?.toUpperCase() !== ch) w++;
    if (w === words.length) return false;
    w++;
  }
  return true;
}
