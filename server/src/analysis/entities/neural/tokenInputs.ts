import { hashString } from '../hashFeature';
import { extendPhrase, MAX_PHRASE_WORDS, type Lexicon } from '../lexicon';
import { isShouted } from '../isShouted';

/** Casing classes of a token, the `case` input of the neural tagger. */
export const N_CASES = 8;
/** Gazetteer input bits: for each of the lexicon's 8 base gazetteers, "a phrase starts here" and "a phrase continues here"; then the shouted-line bit. */
export const N_GAZ_TAGS = 8;
export const N_GAZ_BITS = 2 * N_GAZ_TAGS + 1;
/** Longest word the character CNN sees (in UTF-16 code units). */
export const MAX_WORD_CHARS = 24;

/** 0 pad · 1 lower · 2 Capitalized · 3 UPPER · 4 mixed letters · 5 number · 6 has digit and letter · 7 other (punctuation). */
export function caseClass(w: string): number {
  let upper = 0, lower = 0, digit = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    if (ch >= '0' && ch <= '9') digit++;
    else if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  const letters = upper + lower;
  if (letters === 0) return digit > 0 ? 5 : 7;
  if (digit > 0) return 6;
  if (upper === 0) return 1;
  if (lower === 0) return 3;
  if (upper === 1 && w[0] !== w[0].toLowerCase()) return 2;
  return 4;
}

/** Per token, the gazetteer bit mask (see N_GAZ_BITS) from the perceptron's lexicon (base gazetteers only). */
export function gazetteerBits(words: readonly string[], lex: Lexicon): Uint32Array {
  const n = words.length;
  const out = new Uint32Array(n);
  const lower = words.map((w) => w.toLowerCase());
  const hashes = lower.map((w) => hashString(w));
  const mark = (i: number, len: number, mask: number) => {
    for (let t = 0; t < N_GAZ_TAGS; t++) {
      if (!(mask & (1 << t))) continue;
      out[i] |= 1 << (2 * t);
      for (let k = 1; k < len; k++) out[i + k] |= 1 << (2 * t + 1);
    }
  };
  for (let i = 0; i < n; i++) {
    const one = lex.tags(hashes[i]);
    if (one) mark(i, 1, one);
    if (!lex.startsPhrase(hashes[i])) continue;
    let h = hashes[i];
    for (let len = 2; len <= MAX_PHRASE_WORDS && i + len <= n; len++) {
      h = extendPhrase(h, lower[i + len - 1]);
      const mask = lex.tags(h);
      if (mask) mark(i, len, mask);
    }
  }
  if (isShouted(words)) for (let i = 0; i < n; i++) out[i] |= 1 << (2 * N_GAZ_TAGS);
  return out;
}

/** The keys a word is looked up under in the vocabulary, in order: lower-cased, then with digits as 0. */
export function wordKeys(w: string): string[] {
  const lc = w.toLowerCase();
  const keys = [lc];
  if (/\d/.test(lc)) keys.push(lc.replace(/\d/g, '0'));
  if (lc.length > 1 && /[.'’]/.test(lc) && /\p{L}/u.test(lc)) keys.push(lc.replace(/[.'’]/g, ''));
  return keys;
}
