import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';
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
  const drop = (m: RawMention) => {
    if (m.origin !== 'detected' || m.type === 'person' || m.end - m.start > 24) return false;
    const word = text.slice(m.start, m.end);
    const before = text.slice(Math.max(0, m.start - 4), m.start);
    if (!WORD.test(word) || !(SENTENCE_START.test(before) || QUOTE_START.test(before))) return false;
    const lower = word[0].toLowerCase() + word.slice(1);
    if (!new RegExp(`(?<![\\p{L}\\p{N}])${lower}(?![\\p{L}\\p{N}])`, 'u').test(text)) return false;
    for (const c of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const b = text.slice(Math.max(0, c.index - 4), c.index);
      if (!SENTENCE_START.test(b) && !QUOTE_START.test(b)) return false;
    }
    return !gazetteer.isKnownPlace(word) && !gazetteer.isKnownCompany(word);
  };
  return mentions.some(drop) ? mentions.filter((m) => !drop(m)) : mentions;
}
