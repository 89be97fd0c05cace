import type { RawMention } from '../types';

/**
 * Names made of a word and a number designate a model or a mission — spacecraft, aircraft, weapons,
 * indexes, sequels: "Chang'e-4", "Shenzhou-11", "Tiangong-2", "J-20", "S-400", "AK-47", "CAC-40", "Wolf Warrior 2".
 * They are `misc` in the CoNLL scheme, and a sentence tagger trained on newswire of the 1990s misses most of them.
 * Each hyphenated one not covered by a detection becomes a misc mention, and a misc name followed by a small number
 * (ending the clause or before a lower-case word, not a count of units: "Group A 3 points") takes the number in;
 * the consistency pass then finds their repetitions. A family of rockets named in two words gives its first word to
 * the designation ("Long March-2F", "Smart Dragon-3"), which a tagger often leaves out: a capitalized word right before
 * a misc designation, that no mention covers, joins it when a lower-case word, an article or a possessive stands
 * before that word (not a capitalized one: "China Launches Shenzhou-18" is a title-case headline).
 *
 * The word is capitalized and either mixed-case ("Chang'e", "MiG") or one to four capitals ("J", "CAC"), so
 * "UNDER-21" and month-day forms ("Jul-18") stay out; so do age groups ("Under-21", "U-17") and "G-20" (a group of
 * countries, an organization). Pure.
 */
const DESIGNATION = /(?<![\p{L}\p{N}'’-])(\p{Lu}(?:[\p{Ll}'’]*\p{Ll}[\p{L}'’]*|\p{Lu}{0,3}))-(\d{1,4}[A-Z]?)(?![\p{L}\p{N}]|-\p{L})/gu;
const HYPHEN_DIGIT = /[A-Za-z'’]-\d/g;
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/** A small number after a misc name, ending the clause or followed by a lower-case word: "Wolf Warrior 2 grossed". */
const NUMBER_AFTER = /^ (\d{1,2})(?=[,.;:)](?![\d\s]*\d)|\s+\p{Ll}|\s*$)(?!\s*(?:%|percent|pct|per\b|points?\b|goals?\b|seconds?\b|years?\b|months?\b|days?\b|hours?\b|minutes?\b|times\b|million\b|billion\b|people\b|\p{Ll}+s\b|(?:and|or|to)\s+\d))/u;

export function designations(text: string, mentions: RawMention[]): RawMention[] {
  mentions = withNumbers(text, mentions);
  const added: RawMention[] = [];
  // Only around a letter, a hyphen and a digit (a cheap scan), the full pattern on a short window.
  for (const h of text.matchAll(HYPHEN_DIGIT)) {
    const from = Math.max(0, h.index - 24);
    const window = text.slice(from, h.index + 8);
    const found = [...window.matchAll(DESIGNATION)].find((x) => from + x.index + x[1].length === h.index + 1);
    if (!found) continue;
    const word = found[1];
    const start = from + found.index, end = start + found[0].length;
    // The window may cut a long word: the match must start a word in the text too.
    if (start > 0 && /[\p{L}\p{N}'’-]/u.test(text[start - 1])) continue;
    if (MONTH.test(word) || /^(?:G|U|Under)$/.test(word)) continue;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    added.push({ start, end, type: 'misc', score: 0.6, origin: 'detected' });
  }
  return withFamilyWord(text, added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end) : mentions);
}

/** One designation word ("March-2F"), and the family word before it, where nothing capitalized comes first. */
const ONE_DESIGNATION = /^\p{Lu}[\p{L}'’]*-\d{1,4}[A-Z]?$/u;
const FAMILY_WORD = /(?:(?<![\p{L}'’-])(?:\p{Ll}+|A|An|The)|[,;(“"]|\p{L}['’]s) (\p{Lu}\p{Ll}+) $/u;

/** A misc designation takes in the family word the tagger left out: "a Long March-2F rocket". */
function withFamilyWord(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.type !== 'misc' || m.origin !== 'detected' || !ONE_DESIGNATION.test(text.slice(m.start, m.end))) return;
    const family = FAMILY_WORD.exec(text.slice(Math.max(0, m.start - 32), m.start));
    if (!family) return;
    const start = m.start - family[1].length - 1;
    if (MONTH.test(family[1]) || mentions.some((x) => x !== m && x.start < m.start && start < x.end)) return;
    out ??= [...mentions];
    out[i] = { ...m, start };
  });
  return out ?? mentions;
}

/** A misc name followed by a small number takes it in: "Wolf Warrior 2", "Formula 1", "Windows 10". */
function withNumbers(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.type !== 'misc' || m.origin !== 'detected') return;
    const n = NUMBER_AFTER.exec(text.slice(m.end, m.end + 24));
    if (!n || mentions.some((x) => x !== m && x.start < m.end + 1 + n[1].length && m.end < x.end)) return;
    out ??= [...mentions];
    out[i] = { ...m, end: m.end + 1 + n[1].length };
  });
  return out ?? mentions;
}
