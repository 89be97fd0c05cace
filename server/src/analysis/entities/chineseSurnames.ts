import { isHyphenatedGivenName } from '../linking/nameForms';
import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * Chinese names the tagger cuts, because a surname or a given name is also an English word:
 *  - "Yuan" is the currency and "He" the pronoun, so the tagger drops them before a given name ("Yuan Longping" →
 *    "Longping", "Vice Premier He Lifeng" → "Lifeng") or reads the pair as something else ("Yuan Xinyue" →
 *    organization). A capitalized "Yuan" or "He" right before a given name is one person with it: before a detected
 *    person, or a word shaped like a Chinese given name (one or two pinyin syllables, "Xinyue", or a hyphenated
 *    Cantonese one, "Ka-chun"); "He" always needs the pinyin shape ("He Said" in a headline is no name).
 *  - a given name that is also a word ("Jun", the month) is dropped after a surname the tagger kept ("Lei" of "Lei
 *    Jun"): a one-word person that is a common surname, right before a pinyin-shaped capitalized word no mention
 *    covers, takes that word.
 * In a line of capitalized words (a headline, "He Made Peace") the next word must not be capitalized too. A
 * detection reaching before the surname, or past the given name when it is no person ("Yuan Longping High-Tech", a
 * company), and mentions a person tagged or confirmed stay as they are (see `replaceByNames`); "40 Yuan" is the
 * currency. Pure.
 */
const AMBIGUOUS_THEN_WORD = /(?<![\p{L}\p{N}'’-])(Yuan|He) (\p{Lu}[\p{Ll}]+(?:-\p{Ll}+)?)(?![\p{L}\p{N}'’-])/gu;
/** An amount right before: "40 Yuan", "1.5 billion Yuan". */
const AFTER_NUMBER = /\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|mln|m|k))?\s*$/i;
/** A capitalized word right after the pair: the pair may be part of a title-cased line. */
const CAPITALIZED_NEXT = /^\s+\p{Lu}\p{Ll}/u;

const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ong|ian|iao|ing|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|ü|v)';
/** One or two pinyin syllables written as one word: "Xinyue", "Longping", "Li". */
const PINYIN_GIVEN = new RegExp(`^(?:${SYLLABLE}){1,2}$`, 'i');

/**
 * Common Chinese surnames in pinyin (the most frequent ones, as published in national name statistics), and "Xi",
 * rarer but the surname news names alone most often.
 */
const SURNAMES = new Set(['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma',
  'Zhu', 'Hu', 'Guo', 'He', 'Gao', 'Lin', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao',
  'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Yuan', 'Pan', 'Yu', 'Jiang', 'Cai', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu',
  'Ding', 'Ren', 'Shen', 'Yao', 'Jin', 'Fu', 'Zhong', 'Lei', 'Qin', 'Xue', 'Yan', 'Shi', 'Qian', 'Wen', 'Fang', 'Kong',
  'Bai', 'Mao', 'Qiu', 'Hou', 'Dai', 'Xiong', 'Meng', 'Hao', 'Kang', 'Tan', 'Lai', 'Gu', 'Xia', 'Duan', 'Fan', 'Xi']);

export function isChineseSurname(word: string): boolean {
  return SURNAMES.has(word);
}

export function isChineseGivenName(word: string): boolean {
  return PINYIN_GIVEN.test(word) || isHyphenatedGivenName(word);
}

export function joinChineseSurnames(text: string, mentions: RawMention[]): RawMention[] {
  return joinGivenAfterSurname(text, joinAmbiguousSurnames(text, mentions));
}

function joinAmbiguousSurnames(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes('Yuan ') && !text.includes('He ')) return mentions;
  let out = mentions;
  for (const match of text.matchAll(AMBIGUOUS_THEN_WORD)) {
    const start = match.index, givenStart = start + match[1].length + 1, givenEnd = givenStart + match[2].length;
    if (AFTER_NUMBER.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (CAPITALIZED_NEXT.test(text.slice(givenEnd, givenEnd + 4))) continue;
    const touching = out.filter((m) => m.start < givenEnd && start < m.end);
    // A person detected from the given name on ("Longping", "Xinyue Zhang") takes the surname before it.
    const person = touching.find((m) => m.type === 'person' && m.start === givenStart);
    if ((!person || match[1] === 'He') && !isChineseGivenName(match[2])) continue;
    // Only a person may reach past the given name; one reaching before the surname, and mentions a person tagged or
    // confirmed, keep the pair from being joined (`replaceByNames` leaves them).
    if (touching.some((m) => m.end > givenEnd && m.type !== 'person')) continue;
    out = replaceByNames(out, [{ start, end: Math.max(givenEnd, ...touching.map((m) => m.end)), type: 'person', score: Math.max(0.7, ...touching.map((m) => m.score ?? 0.5)), origin: 'detected' }]);
  }
  return out;
}

function joinGivenAfterSurname(text: string, mentions: RawMention[]): RawMention[] {
  let out = mentions;
  for (const m of mentions) {
    if (m.type !== 'person' || m.origin !== 'detected' || !SURNAMES.has(text.slice(m.start, m.end))) continue;
    const given = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])/u.exec(text.slice(m.end, m.end + 12));
    if (!given || !PINYIN_GIVEN.test(given[1])) continue;
    const end = m.end + given[0].length;
    if (CAPITALIZED_NEXT.test(text.slice(end, end + 4)) || out.some((o) => o !== m && o.start < end && m.end < o.end)) continue;
    out = replaceByNames(out, [{ ...m, end }]);
  }
  return out;
}
