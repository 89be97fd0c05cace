import type { RawMention, Token } from '../types';
import { TYPE_CODE } from './labels';

/**
 * The document "memory" of the second stage (Ratinov & Roth 2009's non-local features): for every capitalized word
 * of the article, how the first stage labelled it wherever it occurs. Keyed by `memoryKey` (the lower-cased word),
 * so "JAPAN" in a headline meets "Japan" in the body.
 */
export interface WordMemory {
  /** Capitalized occurrences per first-stage type, indexed by `TYPE_INDEX` (0 = outside any mention). */
  counts: Int32Array;
  /** Occurrences written all in lower case ("may", "bush"). */
  lower: number;
  /** Type index and token length of the longest first-stage mention that contains the word. */
  longestType: number;
  longestLength: number;
}
export type DocMemory = Map<string, WordMemory>;

/** Type index of the memory: 0 outside, then PER, ORG, LOC, MISC. */
export const MEMORY_TYPES = ['O', 'PER', 'ORG', 'LOC', 'MISC'] as const;
export const N_MEMORY_TYPES = MEMORY_TYPES.length;
const TYPE_INDEX: Record<string, number> = { PER: 1, ORG: 2, LOC: 3, MISC: 4 };

const LETTER = /\p{L}/u;
const CAPITALIZED = /^[\p{Lu}\p{Lt}]/u;

/** The key of a word in the memory, or null for words the memory ignores (no letter). */
export function memoryKey(word: string): string | null {
  return LETTER.test(word) ? word.toLowerCase() : null;
}

export const isCapitalized = (word: string): boolean => CAPITALIZED.test(word);

/**
 * Per token, the first-stage type index (0 outside), the token length of the mention it is in (0 outside) and
 * whether it continues a mention (1) rather than starting one (0).
 */
export interface TokenTypes {
  type: Uint8Array;
  mentionLength: Uint16Array;
  inside: Uint8Array;
}

/** Token types from mentions on token boundaries (absolute offsets, like `tokens`). Linear in tokens + mentions. */
export function tokenTypesFromMentions(tokens: readonly Token[], mentions: readonly RawMention[]): TokenTypes {
  const type = new Uint8Array(tokens.length);
  const mentionLength = new Uint16Array(tokens.length);
  const inside = new Uint8Array(tokens.length);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let t = 0;
  for (const m of sorted) {
    while (t < tokens.length && tokens[t].end <= m.start) t++;
    let e = t;
    while (e < tokens.length && tokens[e].start < m.end) e++;
    for (let k = t; k < e; k++) {
      type[k] = TYPE_INDEX[TYPE_CODE[m.type]];
      mentionLength[k] = Math.min(e - t, 65535);
      inside[k] = k > t ? 1 : 0;
    }
  }
  return { type, mentionLength, inside };
}

/** Token types from chunks over token indices (training: the first stage's decoded labels). */
export function tokenTypesFromChunks(n: number, chunks: readonly { start: number; end: number; type: string }[]): TokenTypes {
  const type = new Uint8Array(n);
  const mentionLength = new Uint16Array(n);
  const inside = new Uint8Array(n);
  for (const c of chunks) for (let k = c.start; k < c.end; k++) { type[k] = TYPE_INDEX[c.type]; mentionLength[k] = c.end - c.start; inside[k] = k > c.start ? 1 : 0; }
  return { type, mentionLength, inside };
}

/**
 * Adds a run of tokens (a block, a sentence) with their first-stage types to a memory being built. `keys`, when
 * given, are the words' `memoryKey`s already computed.
 */
export function addToMemory(memory: DocMemory, words: readonly string[], types: TokenTypes, keys?: readonly (string | null)[]): void {
  for (let i = 0; i < words.length; i++) {
    const key = keys ? keys[i] : memoryKey(words[i]);
    if (key === null) continue;
    let m = memory.get(key);
    if (!m) { m = { counts: new Int32Array(N_MEMORY_TYPES), lower: 0, longestType: 0, longestLength: 0 }; memory.set(key, m); }
    const w = words[i];
    if (isCapitalized(w)) m.counts[types.type[i]]++;
    else if (w === key) m.lower++;
    if (types.mentionLength[i] > m.longestLength) { m.longestLength = types.mentionLength[i]; m.longestType = types.type[i]; }
  }
}

/** A compact, stable description of a memory entry (memo keys of the second stage). */
export function describeEntry(m: WordMemory | undefined): string {
  return m ? `${m.counts.join(',')};${m.lower};${m.longestType}.${m.longestLength}` : '-';
}
