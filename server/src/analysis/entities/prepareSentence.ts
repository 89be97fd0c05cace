import { sentenceFeatures, sentenceHashes, type WordFeatureCache } from './features';
import { HISTORY_KEYS } from './decodeSentence';
import type { Lexicon } from './lexicon';

/** A sentence ready for the sequence model: its words and the hashed static features of each. */
export interface PreparedSentence {
  words: string[];
  /** Per token, `HISTORY_KEYS` hashes the decoder conjoins with the previous label: the word and its shape. */
  history: Uint32Array;
  features: Uint32Array[];
  /** With `splitWords`: per token, the features of the word alone, left out of `features` (see `sentenceFeatures`). */
  wordFeatures?: Uint32Array[];
}

export function prepareSentence(words: string[], lex: Lexicon, cache?: WordFeatureCache, splitWords = false): PreparedSentence {
  const hashes = sentenceHashes(words, lex);
  const history = new Uint32Array(words.length * HISTORY_KEYS);
  for (let i = 0; i < words.length; i++) {
    history[i * HISTORY_KEYS] = hashes.lower[i];
    history[i * HISTORY_KEYS + 1] = hashes.shape[i];
  }
  if (!splitWords) return { words, history, features: sentenceFeatures(words, hashes, lex, cache) };
  const wordFeatures: Uint32Array[] = [];
  return { words, history, features: sentenceFeatures(words, hashes, lex, cache, wordFeatures), wordFeatures };
}
