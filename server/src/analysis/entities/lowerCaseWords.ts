import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';
import { afterLetterOrDigit } from '../matchesWhere';
import { SENTENCE_START } from './commonPlurals';

/**
 * A word that opens a sentence is capitalized only for being first; if the same article writes it in lower case
 * elsewhere ("Café owners said …" … "the café"), it is a common word, no name. The tagger sees only the capital and
 * the sentence, and tags it ("Café"/organization). A detected one-word mention, not a person's, opening a sentence
 * (or a quotation) is dropped when the article holds the word in lower case and never capitalizes it but at the
 * start of a sentence, and no gazetteer lists it as a place or a company ("China" … "china" stays a place). Pure.
 */
const WORD = /^\p{Lu}\p{Ll}+$/u;
const QUOTE_START = /["“‘]\s*$/;

export function lowerCaseWords(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  // The verdict on each word, once: "China" or "Officials" may open many sentences of a long article, and each
  // verdict scans the whole text.
  const common = new Map<string, boolean>();
  const isCommonWord = (word: string): boolean => {
    let verdict = common.get(word);
    if (verdict === undefined) common.set(word, (verdict = writtenLowerOnly(text, word, gazetteer)));
    return verdict;
  };
  const out = mentions.filter((m) => {
    if (m.origin !== 'detected' || m.type === 'person' || m.end - m.start > 24) return true;
    const word = text.slice(m.start, m.end);
    if (!WORD.test(word) || !opensSentence(text, m.start)) return true;
    return !isCommonWord(word);
  });
  return out.length === mentions.length ? mentions : out;
}

/** Whether offset `at` opens a sentence or a quotation. */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return SENTENCE_START.test(before) || QUOTE_START.test(before);
}

/**
 * Whether the article writes `word` in lower case somewhere and capitalized only where a sentence opens, and no
 * gazetteer lists it (looked up first: it is cheaper than the scans of the text).
 */
function writtenLowerOnly(text: string, word: string, gazetteer: Gazetteer): boolean {
  if (gazetteer.isKnownPlace(word) || gazetteer.isKnownCompany(word)) return false;
  const lower = word[0].toLowerCase() + word.slice(1);
  if (!wholeWordsAt(text, lower).length) return false;
  return wholeWordsAt(text, word).every((at) => opensSentence(text, at));
}

const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;

/** Where `word` stands as a whole word (by `indexOf`: a regex built per word and run over the article, with a
 * lookbehind in front, was tried at every position, for each word on each keystroke). */
function wholeWordsAt(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!afterLetterOrDigit(text, at) && !LETTER_OR_DIGIT_AFTER.test(text.slice(end, end + 2))) out.push(at);
  }
  return out;
}
