import { type DocMemory, type WordMemory, isCapitalized, memoryKey, N_MEMORY_TYPES, type TokenTypes } from './docMemory';
import { hashString, mix, mix3, mix4, template } from './hashFeature';
import { shortShape } from './wordShape';

/**
 * The second stage's non-local features of one sentence: for each token, what the first stage said about the same
 * word elsewhere in the article (its majority type and type distribution, whether it also appears in lower case,
 * the longest mention containing it) and the first stage's own type for the token. The token's own occurrence is
 * taken out of the counts, so a word seen once carries no document evidence.
 */

const T = Object.fromEntries(
  ['d1', 'dmaj', 'dmaj|d1', 'dmaj|cap', 'dhas', 'dlow', 'dlow|d1', 'dlong', 'dlong|d1', 'dmaj-1', 'dmaj+1', 'dsolo', 'dsolo|d1', 'dmaj|first', 'dmaj|ss', 'dlow|first', 'dmaj|share|d1'].map((n) => [n, template(n)]),
);
const NONE = N_MEMORY_TYPES; // "no evidence elsewhere"

/** Buckets of the share of a type among the other occurrences: (0, ¼], (¼, ½], (½, ¾], (¾, 1). 1 gets its own. */
const shareBucket = (n: number, total: number) => (n === total ? 4 : Math.min(3, Math.floor((4 * n) / total)));

/** The first-stage type counts of a word's other capitalized occurrences (its own one taken out). */
export function evidenceElsewhere(entry: WordMemory, word: string, ownType: number, out = new Int32Array(N_MEMORY_TYPES)): Int32Array {
  out.set(entry.counts);
  if (isCapitalized(word)) out[ownType]--;
  return out;
}

export function documentFeatures(words: readonly string[], own: TokenTypes, at: number, memory: DocMemory): Uint32Array[] {
  const n = words.length;
  const majority = new Uint8Array(n).fill(NONE);
  const out: Uint32Array[] = [];
  const counts = new Int32Array(N_MEMORY_TYPES);
  const feats: number[] = [];
  const entries = words.map((w) => { const k = memoryKey(w); return k === null ? undefined : memory.get(k); });
  for (let i = 0; i < n; i++) {
    const m = entries[i];
    if (!m) continue;
    evidenceElsewhere(m, words[i], own.type[at + i], counts);
    let total = 0, best = 0;
    for (let t = 0; t < N_MEMORY_TYPES; t++) { total += counts[t]; if (counts[t] > counts[best]) best = t; }
    if (total > 0) majority[i] = best;
  }
  for (let i = 0; i < n; i++) {
    feats.length = 0;
    const o = own.type[at + i];
    feats.push(mix(T.d1, o));
    const m = entries[i];
    if (m) {
      const cap = isCapitalized(words[i]) ? 1 : 0;
      evidenceElsewhere(m, words[i], o, counts);
      let total = 0;
      for (let t = 0; t < N_MEMORY_TYPES; t++) total += counts[t];
      if (majority[i] !== NONE) {
        feats.push(mix(T.dmaj, majority[i]), mix3(T['dmaj|d1'], majority[i], o), mix3(T['dmaj|cap'], majority[i], cap));
        feats.push(mix3(T['dmaj|ss'], majority[i], hashString(shortShape(words[i]))), mix4(T['dmaj|share|d1'], majority[i], shareBucket(counts[majority[i]], total), o));
        if (i === 0) feats.push(mix(T['dmaj|first'], majority[i]));
        for (let t = 0; t < N_MEMORY_TYPES; t++) if (counts[t] > 0) feats.push(mix3(T.dhas, t, shareBucket(counts[t], total)));
      } else feats.push(mix(T.dsolo, cap), mix3(T['dsolo|d1'], cap, o));
      const lower = m.lower - (cap ? 0 : words[i] === words[i].toLowerCase() ? 1 : 0);
      if (lower > 0) {
        feats.push(mix(T.dlow, cap), mix3(T['dlow|d1'], cap, o));
        if (i === 0) feats.push(mix(T['dlow|first'], cap));
      }
      if (m.longestLength > own.mentionLength[at + i]) {
        const len = Math.min(m.longestLength, 4);
        feats.push(mix3(T.dlong, m.longestType, len), mix3(T['dlong|d1'], m.longestType, o));
      }
    }
    if (i > 0) feats.push(mix(T['dmaj-1'], majority[i - 1]));
    if (i + 1 < n) feats.push(mix(T['dmaj+1'], majority[i + 1]));
    out.push(Uint32Array.from(feats));
  }
  return out;
}
