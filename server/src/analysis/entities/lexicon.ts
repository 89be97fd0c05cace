import { hashContinue, hashString } from './hashFeature';

/**
 * Word classes (embedding clusters) and gazetteers, shipped in `server/models/ner/lexicon.bin`. Words and phrases
 * are stored as 32-bit FNV-1a hashes of their lower-cased text (phrases: words joined by one space), so the file
 * holds no text and loads without parsing:
 *   "LEX1", u32 word count W, u32 phrase count P, u32 phrase-start count S,
 *   u32 wordHash[W], u16 class[3·W] (coarse, middle, fine per word), u32 phraseHash[P], u16 tagMask[P] (+ pad to 4),
 *   u32 startHash[S].
 */

/** Gazetteer tags, one bit each in a phrase's mask. `t…` are names learned from the training annotations. */
export const GAZETTEER_TAGS = ['country', 'city', 'region', 'language', 'company', 'first', 'last', 'corpsuffix', 'tPER', 'tORG', 'tLOC', 'tMISC'] as const;
export type GazetteerTag = (typeof GAZETTEER_TAGS)[number];

/** Longest gazetteer phrase, in words. */
export const MAX_PHRASE_WORDS = 5;

class HashIndex {
  private readonly table: Int32Array;
  private readonly mask: number;
  constructor(private readonly keys: Uint32Array) {
    let size = 16;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      let slot = keys[i] & this.mask;
      while (this.table[slot] !== -1) slot = (slot + 1) & this.mask;
      this.table[slot] = i;
    }
  }
  get(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const i = this.table[slot];
      if (i === -1 || this.keys[i] === key) return i;
      slot = (slot + 1) & this.mask;
    }
  }
}

export class Lexicon {
  private readonly words: HashIndex;
  private readonly phrases: HashIndex;
  private readonly starts: Set<number>;

  constructor(
    wordHashes: Uint32Array,
    private readonly classIds: Uint16Array,
    phraseHashes: Uint32Array,
    private readonly tagMasks: Uint16Array,
    startHashes: Uint32Array,
  ) {
    this.words = new HashIndex(wordHashes);
    this.phrases = new HashIndex(phraseHashes);
    this.starts = new Set(startHashes);
  }

  /** Index of a lower-cased word (by hash) in the class table, or -1. */
  wordIndex(wordHash: number): number {
    return this.words.get(wordHash);
  }

  /** Class id of word `index` at granularity `level` (0 coarse … 2 fine). */
  classId(index: number, level: number): number {
    return this.classIds[index * 3 + level];
  }

  /** Tag bit mask of a lower-cased phrase (by hash), 0 if none. */
  tags(phraseHash: number): number {
    const i = this.phrases.get(phraseHash);
    return i < 0 ? 0 : this.tagMasks[i];
  }

  /** Whether some gazetteer phrase of several words starts with this word (by hash). */
  startsPhrase(wordHash: number): boolean {
    return this.starts.has(wordHash);
  }

  static fromBuffer(buf: Uint8Array): Lexicon {
    const bytes = buf.byteOffset % 4 === 0 ? buf : new Uint8Array(buf);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== 'LEX1') throw new Error('not a LEX1 lexicon file');
    const W = view.getUint32(4, true), P = view.getUint32(8, true), S = view.getUint32(12, true);
    let at = bytes.byteOffset + 16;
    const take32 = (n: number) => { const a = new Uint32Array(bytes.buffer, at, n); at += 4 * n; return a; };
    const take16 = (n: number) => { const a = new Uint16Array(bytes.buffer, at, n); at += 2 * n; at += (4 - (at % 4)) % 4; return a; };
    const wordHashes = take32(W);
    const classIds = take16(3 * W);
    const phraseHashes = take32(P);
    const tagMasks = take16(P);
    const startHashes = take32(S);
    return new Lexicon(wordHashes, classIds, phraseHashes, tagMasks, startHashes);
  }
}

/** Builds the lexicon file (training time). `classes`: word → [coarse, middle, fine]; `phrases`: phrase → tags. */
export function encodeLexicon(classes: Map<string, number[]>, phrases: Map<string, GazetteerTag[]>): Uint8Array {
  const words = [...classes.keys()];
  const masks = new Map<number, number>();
  const starts = new Set<number>();
  for (const [p, tags] of phrases) {
    const words = p.split(' ');
    if (words.length > MAX_PHRASE_WORDS) continue;
    const h = hashString(p);
    let m = masks.get(h) ?? 0;
    for (const t of tags) m |= 1 << GAZETTEER_TAGS.indexOf(t);
    masks.set(h, m);
    if (words.length > 1) starts.add(hashString(words[0]));
  }
  const pad = (n: number) => n + ((4 - (n % 4)) % 4);
  const W = words.length, P = masks.size, S = starts.size;
  const size = 16 + 4 * W + pad(6 * W) + 4 * P + pad(2 * P) + 4 * S;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set([76, 69, 88, 49], 0);
  view.setUint32(4, W, true); view.setUint32(8, P, true); view.setUint32(12, S, true);
  let at = 16;
  for (const w of words) { view.setUint32(at, hashString(w), true); at += 4; }
  for (const w of words) for (const c of classes.get(w)!) { view.setUint16(at, c, true); at += 2; }
  at = pad(at);
  for (const h of masks.keys()) { view.setUint32(at, h, true); at += 4; }
  for (const m of masks.values()) { view.setUint16(at, m, true); at += 2; }
  at = pad(at);
  for (const h of starts) { view.setUint32(at, h, true); at += 4; }
  return out;
}

/** Hash of a phrase extended by one more word (words joined by one space). */
export const extendPhrase = (phraseHash: number, word: string): number => hashContinue(hashContinue(phraseHash, ' '), word);
