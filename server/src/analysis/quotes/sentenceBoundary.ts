/**
 * Where a sentence ends, in raw text or between tokens, decided one way for the whole quote layer: a full stop,
 * question or exclamation mark (with any closing marks) and a space before a capital. A full stop does not end a
 * sentence after a title written before a name ("Mrs. Chen", "Gov. Newsom", "Sen. Warren") nor after an initial
 * ("John F. Kennedy"); after an abbreviation that may end a name ("U.S.", "Jr.", "Ltd.") it does as the tokens layer
 * decides: before a word that commonly opens a sentence ("… in the U.S. The talks …").
 */
import { abbreviationEndsSentence, isPeriodAbbreviation } from '../tokens/splitSentences';

/** Titles written with a full stop before a name ("Del. Stacey Plaskett", "Adm. Mike Mullen"). */
const TITLES = 'Mr|Mrs|Ms|Messrs|Dr|Prof|Rev|Hon|Sen|Rep|Del|Gov|Lt|Gen|Col|Capt|Sgt|Adm|Maj|Cmdr|Cpl|Pvt|Amb|Atty|Sec|Supt|Det|Insp|Pres|Fr|St';
const TITLE = new RegExp(`^(?:${TITLES})$`);
/** Raw text ending with such a title ("because of Mr. "): the name comes next. */
export const ENDS_WITH_TITLE_ABBREVIATION = new RegExp(`\\b(?:${TITLES})\\.\\s*$`);

/**
 * Whether a full stop after `word` ends the sentence, given the words after it (without an opening mark). `word` is
 * written with the stop when the tokenizer keeps it ("U.S.", "Mrs.") and without it when it does not ("Del").
 */
export function stopEndsSentence(word: string, next: string, afterNext = ''): boolean {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  if (TITLE.test(bare) || /^\p{Lu}$/u.test(bare)) return false; // Mrs. Chen / John F. Kennedy
  const abbreviation = `${bare}.`;
  return isPeriodAbbreviation(abbreviation) ? abbreviationEndsSentence(abbreviation, next, afterNext) : true;
}

/** A stop, its closing marks and the space after them, before a capital (an opening mark may stand between). */
const END = /[.!?]["”’')\]]*\s+(?=["“‘'(]?\p{Lu})/gu;
/** The word a full stop closes: letters, or an abbreviation with inner dots ("U.S", "a.m"). */
const WORD_BEFORE = /(?:\p{L}{1,3}\.)*\p{L}+$/u;
/** The word after a sentence end and the one after it. */
const WORDS_AFTER = /^["“‘'(]?([\p{L}\p{N}][\p{L}\p{N}'’-]*)(?:\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*))?/u;

/**
 * The sentence ends whose stop lies in text[from, to), in order: `end` just after the stop and its closing marks,
 * `next` where the next sentence starts. The words around a stop are read from the whole text.
 */
export function sentenceEnds(text: string, from: number, to: number): { end: number; next: number }[] {
  const out: { end: number; next: number }[] = [];
  // (a little past `to`, to see what follows a stop right before it)
  for (const m of text.slice(from, Math.min(text.length, to + 40)).matchAll(END)) {
    const stop = from + m.index;
    if (stop >= to) break;
    const next = stop + m[0].length;
    if (text[stop] === '.') {
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, stop - 24), stop));
      const after = WORDS_AFTER.exec(text.slice(next, next + 60));
      if (word && !stopEndsSentence(word[0], after?.[1] ?? '', after?.[2] ?? '')) continue;
    }
    out.push({ end: stop + m[0].trimEnd().length, next });
  }
  return out;
}

/** Where the sentence holding offset `at` starts, not before `from`. */
export function sentenceStartIn(text: string, from: number, at: number): number {
  const ends = sentenceEnds(text, from, at);
  return ends.length && ends[ends.length - 1].next <= at ? ends[ends.length - 1].next : from;
}

/** Whether a sentence ends between `from` and `to` (its stop inside). */
export const hasSentenceEnd = (text: string, from: number, to: number) => sentenceEnds(text, from, to).length > 0;
