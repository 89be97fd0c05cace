import { isHyphenatedGivenName } from '../linking/nameForms';
import type { RawMention } from '../types';

/**
 * "Yuan" is a common Chinese surname and the name of the currency. A tagger that learned the currency drops the surname
 * ("Yuan Longping" → person "Longping"), reads the pair as something else ("Yuan Xinyue" → organization), or misses
 * it. A capitalized "Yuan" (not after a number: "40 Yuan") right before a given name is one person with it:
 *  - before a detected person ("Yuan" + "Longping"/person), whatever the given name looks like;
 *  - before a word shaped like a Chinese given name (one or two pinyin syllables, "Xinyue", or a hyphenated Cantonese
 *    one, "Ka-chun"), in place of what was detected on those two words, or as a new person where nothing was.
 * A detection reaching before "Yuan", or past the given name when it is no person ("Yuan Longping High-Tech", a
 * company), and mentions a person tagged or confirmed stay as they are. The lower-case currency ("40 yuan") never matches. Pure.
 */
const YUAN_THEN_WORD = /(?<![\p{L}\p{N}'’-])Yuan (\p{Lu}[\p{Ll}]+(?:-\p{Ll}+)?)(?![\p{L}\p{N}'’-])/gu;
/** An amount right before: "40 Yuan", "1.5 billion Yuan". */
const AFTER_NUMBER = /\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|mln|m|k))?\s*$/i;

const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ong|ian|iao|ing|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|ü|v)';
/** One or two pinyin syllables written as one word: "Xinyue", "Longping", "Li". */
const PINYIN_GIVEN = new RegExp(`^(?:${SYLLABLE}){1,2}$`, 'i');

export function isChineseGivenName(word: string): boolean {
  return PINYIN_GIVEN.test(word) || isHyphenatedGivenName(word);
}

export function joinYuanSurname(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes('Yuan ')) return mentions;
  let out = mentions;
  for (const match of text.matchAll(YUAN_THEN_WORD)) {
    const start = match.index, givenStart = start + 5, givenEnd = givenStart + match[1].length;
    if (AFTER_NUMBER.test(text.slice(Math.max(0, start - 30), start))) continue;
    const touching = out.filter((m) => m.start < givenEnd && start < m.end);
    if (touching.some((m) => m.origin === 'user' || m.origin === 'confirmed')) continue;
    // A person detected from the given name on ("Longping", "Xinyue Zhang") takes the surname before it.
    const person = touching.find((m) => m.type === 'person' && m.start === givenStart);
    if (!person && !isChineseGivenName(match[1])) continue;
    if (touching.some((m) => m.start < start || (m.end > givenEnd && m.type !== 'person'))) continue;
    const end = Math.max(givenEnd, ...touching.map((m) => m.end));
    const score = Math.max(0.7, ...touching.map((m) => m.score ?? 0.5));
    const joined: RawMention = { start, end, type: 'person', score, origin: 'detected' };
    out = [...out.filter((m) => !touching.includes(m)), joined]
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return out;
}
