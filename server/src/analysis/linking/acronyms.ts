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
    if (!isShortForm(acronym) || !abbreviates(acronym, text.slice(m.start, m.end))) continue;
    if (!defined.has(acronym.toUpperCase())) defined.set(acronym.toUpperCase(), i);
  }
  return defined;
}

/** A short form a name may be given in brackets: an acronym ("THAAD") or a clipped one with two capitals ("LegCo"). */
export function isShortForm(s: string): boolean {
  return isAcronym(s) || (/^[A-Z][A-Za-z0-9&]{1,9}$/.test(s) && (s.match(/[A-Z]/g) ?? []).length >= 2);
}

/** Whether `short` abbreviates `phrase`: its initials, a prefix of them, or its letters in order (see below). */
export function abbreviates(short: string, phrase: string): boolean {
  const full = initials(phrase), upper = short.toUpperCase();
  return full === upper || (full.length > upper.length && full.startsWith(upper)) || matchesLetters(short, phrase);
}

/** Function words an acronym usually leaves out ("Association of Southeast Asian Nations" → ASEAN). */
const FUNCTION_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/**
 * Every letter of the acronym appears, in order, as the initial of the next word (function words skipped), else
 * further inside the word just used ("ASEAN" ← "Association of Southeast Asian Nations", the E of "Southeast"), else
 * as the initial of a later word ("APEC" ← "Asia-Pacific Economic Cooperation").
 */
function matchesLetters(acronym: string, expansion: string): boolean {
  const words = cleanName(expansion).split(/[\s-]+/).filter(Boolean);
  if (words.length < 2 || acronym[0].toUpperCase() !== words[0][0]?.toUpperCase()) return false;
  const initial = (i: number) => words[i][0]?.toUpperCase();
  let w = 0, current = '', pos = 0;
  for (const ch of acronym.toUpperCase()) {
    let next = w;
    while (next < words.length && FUNCTION_WORDS.has(words[next].toLowerCase())) next++;
    if (next < words.length && initial(next) === ch) {
      current = words[next].toUpperCase(); pos = 1; w = next + 1;
      continue;
    }
    const inside = current.indexOf(ch, pos);
    if (inside > 0) { pos = inside + 1; continue; }
    while (w < words.length && initial(w) !== ch) w++;
    if (w === words.length) return false;
    current = words[w].toUpperCase(); pos = 1; w++;
  }
  return true;
}
