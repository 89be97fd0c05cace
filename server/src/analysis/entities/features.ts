import { hashString, mix, mix3, mix4, template } from './hashFeature';
import { extendPhrase, GAZETTEER_TAGS, type Lexicon, MAX_PHRASE_WORDS } from './lexicon';
import { shortShape, wordShape } from './wordShape';
import { isShouted } from './isShouted';

/**
 * Static (label-independent) features of every token of one sentence, hashed. The sequence model adds the
 * features of the previous predictions itself (see `decodeSentence`). Used identically at training and inference.
 */

const T = Object.fromEntries(
  ['b', 'w', 'lw', 'lw-1', 'lw+1', 'lw-2', 'lw+2', 'lw-1|lw', 'lw|lw+1', 'sh', 'ss', 'ss-1', 'ss+1', 'ss3', 'lw-1|ss', 'ss|lw+1',
    'p1', 'p2', 'p3', 'p4', 's1', 's2', 's3', 's4', 'first|ss', 'first|oov', 'shouted', 'len', 'c0', 'c1', 'c2', 'c2|ss', 'oov|ss',
    'c1-1', 'c1+1', 'c2-1', 'c2+1', 'c1-1|c1', 'c1|c1+1', 'g', 'g|ss', 'g-1', 'g+1', 'lex', 'hc', 'run<', 'run>', 'runpos',
    'run>|ss', 'run<|ss', 'runlen', 'run>c1', 'run>c2', 'run<c1', 'run<c2'].map((n) => [n, template(n)]),
);
const PREFIX = [T.p1, T.p2, T.p3, T.p4];
const SUFFIX = [T.s1, T.s2, T.s3, T.s4];
const H_START = hashString('<s>'), H_END = hashString('</s>'), H_UNKNOWN = hashString('?');

const norm = (w: string) => w.toLowerCase().replace(/\d/g, '0');
const LEXICAL: Record<string, string> = {};
for (const m of 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' ')) LEXICAL[m] = 'month';
for (const d of 'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' ')) LEXICAL[d] = 'weekday';
for (const t of 'mr mrs ms dr prof president minister premier chairman secretary senator governor general king queen prince sir lord'.split(' ')) LEXICAL[t] = 'title';

const N_TAGS = GAZETTEER_TAGS.length;
/** Gazetteer feature code: tag × (0 begins a phrase, 1 inside one, 2–4 begins a phrase of 2, 3, 4+ words). */
const gazCode = (tag: number, kind: number) => tag * 8 + kind;

/** Gazetteer codes per token for every gazetteer phrase that covers it (phrases looked up by hash). */
function gazetteerCodes(lower: string[], lowerHash: Uint32Array, lex: Lexicon): (number[] | null)[] {
  const codes: (number[] | null)[] = lower.map(() => null);
  const push = (i: number, c: number) => (codes[i] ??= []).push(c);
  const mark = (i: number, n: number, mask: number) => {
    for (let t = 0; t < N_TAGS; t++) {
      if (!(mask & (1 << t))) continue;
      push(i, gazCode(t, 0));
      if (n > 1) push(i, gazCode(t, Math.min(n, 4)));
      for (let k = 1; k < n; k++) push(i + k, gazCode(t, 1));
    }
  };
  for (let i = 0; i < lower.length; i++) {
    const one = lex.tags(lowerHash[i]);
    if (one) mark(i, 1, one);
    if (!lex.startsPhrase(lowerHash[i])) continue;
    let h = lowerHash[i];
    for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= lower.length; n++) {
      h = extendPhrase(h, lower[i + n - 1]);
      const mask = lex.tags(h);
      if (mask) mark(i, n, mask);
    }
  }
  return codes;
}

const CONNECTOR = new Set(['of', 'and', 'for', 'the', 'de', 'du', 'la', 'von', 'van', 'der', 'al', '&', '-', "'s"]);
const isCap = (w: string) => /^[\p{Lu}\p{Lt}]/u.test(w);

/**
 * Capitalized runs ("Terminal High Altitude Area Defense", "Minjoo Party of Korea"): for each token inside one, the
 * run's start and end. A run may hold connectors between capitalized words.
 */
function capitalizedRuns(words: string[]): Int32Array {
  const n = words.length;
  const runs = new Int32Array(2 * n).fill(-1);
  let i = 0;
  while (i < n) {
    if (!isCap(words[i])) { i++; continue; }
    let j = i + 1;
    for (;;) {
      if (j < n && isCap(words[j])) { j++; continue; }
      let k = j;
      while (k < n && CONNECTOR.has(words[k].toLowerCase())) k++;
      if (k > j && k < n && isCap(words[k])) { j = k + 1; continue; }
      break;
    }
    for (let k = i; k < j; k++) { runs[2 * k] = i; runs[2 * k + 1] = j; }
    i = j;
  }
  return runs;
}

/** Features of the word alone (cacheable per word). */
function wordFeatures(w: string, lc: string, lwH: number, shapeH: number, shouted: boolean, c: number, lex: Lexicon): Uint32Array {
  const f: number[] = [T.b];
  if (!shouted) f.push(mix(T.w, hashString(w)));
  f.push(mix(T.lw, lwH), mix3(T.sh, shouted ? 1 : 0, hashString(wordShape(w))), mix(T.ss, shapeH));
  for (let k = 1; k <= 4 && k < lc.length; k++) f.push(mix(PREFIX[k - 1], hashString(lc.slice(0, k))), mix(SUFFIX[k - 1], hashString(lc.slice(-k))));
  if (shouted) f.push(T.shouted);
  f.push(mix(T.len, w.length === 1 ? 1 : w.length <= 3 ? 3 : w.length <= 6 ? 6 : 9));
  const lexical = LEXICAL[lc.replace(/\.$/, '')];
  if (lexical) f.push(mix(T.lex, hashString(lexical)));
  if (c >= 0) {
    const c2 = lex.classId(c, 2);
    f.push(mix(T.c0, lex.classId(c, 0)), mix(T.c1, lex.classId(c, 1)), mix(T.c2, c2), mix3(T['c2|ss'], c2, shapeH));
  } else {
    f.push(mix(T['oov|ss'], shapeH));
    if (lc.includes('-')) {
      // Hyphenated unknown words ("Kyung-wha", "Jae-in"): classes of the parts.
      const parts = lc.split('-').filter(Boolean);
      const first = parts.length ? lex.wordIndex(hashString(parts[0])) : -1;
      const last = parts.length > 1 ? lex.wordIndex(hashString(parts[parts.length - 1])) : -1;
      if (first >= 0) f.push(mix3(T.hc, 1, lex.classId(first, 2)), mix3(T.hc, 2, lex.classId(first, 1)));
      if (last >= 0) f.push(mix3(T.hc, 3, lex.classId(last, 2)));
    }
  }
  return Uint32Array.from(f);
}

/** A memo of word features, owned by one recognizer (bounded; cleared when full). */
export type WordFeatureCache = Map<string, Uint32Array>;

/** Per-token hashes the decoder needs too. */
export interface SentenceHashes {
  /** Lower-cased words as they are (for lexicon look-ups) and with digits as 0 (for features). */
  raw: Uint32Array;
  lower: Uint32Array;
  shape: Uint32Array;
  /** Index of each word in the lexicon's class table, or -1. */
  word: Int32Array;
  /** Word classes (middle and finest granularity) as feature values, or the unknown value. */
  c1: Uint32Array;
  c2: Uint32Array;
}

export function sentenceHashes(words: string[], lex: Lexicon): SentenceHashes {
  const n = words.length;
  const raw = new Uint32Array(n), lower = new Uint32Array(n), shape = new Uint32Array(n), c1 = new Uint32Array(n), c2 = new Uint32Array(n);
  const word = new Int32Array(n);
  words.forEach((w, i) => {
    const lc = w.toLowerCase();
    raw[i] = hashString(lc);
    lower[i] = /\d/.test(lc) ? hashString(norm(lc)) : raw[i];
    shape[i] = hashString(shortShape(w));
    let c = lex.wordIndex(raw[i]);
    if (c < 0 && lc.length > 1 && /[.'’]/.test(lc)) c = lex.wordIndex(hashString(lc.replace(/[.’']/g, '')));
    word[i] = c;
    c1[i] = c >= 0 ? lex.classId(c, 1) : H_UNKNOWN;
    c2[i] = c >= 0 ? 0x10000 + lex.classId(c, 2) : H_UNKNOWN;
  });
  return { raw, lower, shape, word, c1, c2 };
}

/**
 * With `wordOut`, the features of each word alone (the same array for every occurrence of a cached word) go to
 * `wordOut[i]` instead of the token's list, so that the decoder can memoise their scores per word.
 */
export function sentenceFeatures(words: string[], hashes: SentenceHashes, lex: Lexicon, cache?: WordFeatureCache, wordOut?: Uint32Array[]): Uint32Array[] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const classes = hashes.word;
  const gaz = gazetteerCodes(lower, hashes.raw, lex);
  const shouted = isShouted(words);
  const runs = shouted ? null : capitalizedRuns(words);
  const lwH = hashes.lower, ssH = hashes.shape;
  const SHOUT = shouted ? 0x5bd1e995 : 0;
  const shapeH = (i: number) => (ssH[i] ^ SHOUT) >>> 0;
  const lw = (i: number) => (i < 0 ? H_START : i >= n ? H_END : lwH[i]);
  const ss = (i: number) => (i < 0 ? H_START : i >= n ? H_END : ssH[i]);

  let firstWord = 0;
  while (firstWord < n && !/[\p{L}\p{N}]/u.test(words[firstWord])) firstWord++;
  const { c1, c2 } = hashes;
  const C1 = (i: number) => (i < 0 ? H_START : i >= n ? H_END : c1[i]);
  const C2 = (i: number) => (i < 0 ? H_START : i >= n ? H_END : c2[i]);

  const out: Uint32Array[] = [];
  const f: number[] = [];
  for (let i = 0; i < n; i++) {
    f.length = 0;
    const w = words[i];
    const shape = shapeH(i);
    f.push(mix(T['lw-1'], lw(i - 1)), mix(T['lw+1'], lw(i + 1)), mix(T['lw-2'], lw(i - 2)), mix(T['lw+2'], lw(i + 2)));
    f.push(mix3(T['lw-1|lw'], lw(i - 1), lwH[i]), mix3(T['lw|lw+1'], lwH[i], lw(i + 1)));
    f.push(mix(T['ss-1'], ss(i - 1)), mix(T['ss+1'], ss(i + 1)), mix4(T.ss3, ss(i - 1), ssH[i], ss(i + 1)));
    f.push(mix3(T['lw-1|ss'], lw(i - 1), shape), mix3(T['ss|lw+1'], shape, lw(i + 1)));
    if (i === firstWord) f.push(mix(T['first|ss'], shape));
    if (i === firstWord && classes[i] < 0) f.push(T['first|oov']);
    const key = shouted ? `!${w}` : w;
    let own = cache?.get(key);
    if (!own) {
      own = wordFeatures(w, lower[i], lwH[i], shape, shouted, classes[i], lex);
      if (cache) {
        if (cache.size > 50000) cache.clear();
        cache.set(key, own);
      }
    }
    if (wordOut) wordOut.push(own);
    else for (let k = 0; k < own.length; k++) f.push(own[k]);
    f.push(mix(T['c1-1'], C1(i - 1)), mix(T['c1+1'], C1(i + 1)), mix(T['c2-1'], C2(i - 1)), mix(T['c2+1'], C2(i + 1)));
    f.push(mix3(T['c1-1|c1'], C1(i - 1), c1[i]), mix3(T['c1|c1+1'], c1[i], C1(i + 1)));
    const g = gaz[i];
    if (g) for (const c of g) f.push(mix(T.g, c), mix3(T['g|ss'], c, shape));
    const gp = i > 0 ? gaz[i - 1] : null;
    if (gp) for (const c of gp) if (c % 8 === 0) f.push(mix(T['g-1'], c));
    const gn = i + 1 < n ? gaz[i + 1] : null;
    if (gn) for (const c of gn) if (c % 8 !== 1) f.push(mix(T['g+1'], c));
    if (runs && runs[2 * i] >= 0) {
      const a = runs[2 * i], b = runs[2 * i + 1];
      // The word after the run, skipping a bracketed acronym: "Defense (THAAD) missile" → missile.
      let k = b;
      if (k + 2 < n && words[k] === '(' && words[k + 2] === ')') k += 3;
      const after = lw(k), before = lw(a - 1);
      f.push(mix(T['run>'], after), mix(T['run<'], before), mix3(T['run>|ss'], after, ssH[i]), mix3(T['run<|ss'], before, ssH[i]));
      f.push(mix(T['run>c1'], C1(k)), mix(T['run>c2'], C2(k)), mix(T['run<c1'], C1(a - 1)), mix(T['run<c2'], C2(a - 1)));
      f.push(mix(T.runpos, i === a ? (b - a === 1 ? 1 : 2) : i === b - 1 ? 3 : 4));
      f.push(mix(T.runlen, Math.min(b - a, 5)));
    }
    out.push(Uint32Array.from(f));
  }
  return out;
}
