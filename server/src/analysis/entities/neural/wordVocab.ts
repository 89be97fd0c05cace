import { hashString } from '../hashFeature';
import { wordKeys } from './tokenInputs';

/** Row of padding and of unknown words in the embedding table. */
export const PAD_ROW = 0;
export const UNK_ROW = 1;

/**
 * The tagger's vocabulary: 32-bit FNV-1a hashes of the lower-cased keys (`wordKeys`), one per embedding row from
 * row 2 on (rows 0 and 1: padding, unknown). Open addressing; a colliding later key is dropped (the first wins).
 */
export class WordVocab {
  private readonly table: Int32Array;
  private readonly keys: Uint32Array;
  private readonly mask: number;

  constructor(hashes: Uint32Array) {
    let size = 16;
    while (size < hashes.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size).fill(-1);
    this.keys = hashes;
    for (let i = 0; i < hashes.length; i++) {
      let slot = hashes[i] & this.mask;
      let dup = false;
      while (this.table[slot] !== -1) {
        if (hashes[this.table[slot]] === hashes[i]) { dup = true; break; }
        slot = (slot + 1) & this.mask;
      }
      if (!dup) this.table[slot] = i;
    }
  }

  /** Embedding row of a key hash, or -1. */
  rowOfHash(h: number): number {
    let slot = h & this.mask;
    for (;;) {
      const i = this.table[slot];
      if (i === -1) return -1;
      if (this.keys[i] === h) return i + 2;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Embedding row of a word: its first key found, else UNK_ROW. */
  row(word: string): number {
    for (const k of wordKeys(word)) {
      const r = this.rowOfHash(hashString(k));
      if (r >= 0) return r;
    }
    return UNK_ROW;
  }
}

/** Character ids: 0 padding, 1 unknown, then the alphabet's characters (UTF-16 code units) from 2 on. */
export function charTable(alphabet: string): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < alphabet.length; i++) m.set(alphabet.charCodeAt(i), i + 2);
  return m;
}
