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
  return full === upper || (full.length > upper.length && full.startsWith(upper)) || matchesLetters(short, phrase) || reordersInitials(short, phrase)
    || abbreviatesSyllables(short, phrase);
}

/**
 * A name romanized as one word keeps the initials of its syllables: "KMT" ← "Kuomintang" (Kuo-min-tang). An acronym
 * of three letters or more, all its letters in order inside the one word, the first its first, and the word at least
 * twice as long ("Tehran (AFP)", a dateline, is no such pair).
 */
function abbreviatesSyllables(short: string, phrase: string): boolean {
  const word = cleanName(phrase).toUpperCase();
  const upper = short.toUpperCase();
  if (!/^[A-Z]{3,}$/.test(upper) || !/^[A-Z]+$/.test(word) || word.length < 2 * upper.length || word[0] !== upper[0]) return false;
  let at = 1;
  for (const ch of upper.slice(1)) {
    at = word.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * An international body's acronym often keeps the initials of its name in another language, so in English they come
 * in another order: "FIVB" ← "International Volleyball Federation" (Fédération Internationale de Volleyball, the B of
 * "volleyBall" one more letter), "FIFA" ← "International Federation of Association Football". The acronym holds
 * every initial of three content words or more, each once, and at most one more letter found inside one of the words.
 */
export function reordersInitials(short: string, phrase: string): boolean {
  const full = initials(phrase), upper = short.toUpperCase();
  if (full.length < 3 || upper.length < full.length || upper.length > full.length + 1) return false;
  const rest = [...upper];
  for (const ch of full) {
    const i = rest.indexOf(ch);
    if (i < 0) return false;
    rest.splice(i, 1);
  }
  return rest.length === 0 || cleanName(phrase).toUpperCase().split(/[\s-]+/).some((w) => w.indexOf(rest[0], 1) > 0);
}

/** The letters of an acronym in order, as the key its reordered forms share: "FIVB" → "BFIV". */
export function sortedLetters(s: string): string {
  return [...s.toUpperCase()].sort().join('');
}

/**
 * Whether a clipped short form ("LegCo", "ExCo") is made of the first letters of consecutive words of `phrase`,
 * one capitalized chunk a word, ending the phrase: "Leg" + "Co" ← "(Hong Kong) Legislative Council". Stricter than `abbreviates`, for a short form
 * the article uses without defining it.
 */
export function clips(short: string, phrase: string): boolean {
  const chunks = short.match(/[A-Z][a-z]*/g);
  if (!chunks || chunks.join('') !== short || chunks.length < 2) return false;
  const words = cleanName(phrase).split(' ').filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  // The last words: "Hong Kong Legislative Council" is clipped to "LegCo" too.
  const from = words.length - chunks.length;
  return from >= 0 && chunks.every((c, k) => words[from + k].startsWith(c) && words[from + k].length > c.length);
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
