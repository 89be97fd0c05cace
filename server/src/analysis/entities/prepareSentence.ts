import { sentenceFeatures, sentenceHashes, type WordFeatureCache } from './features';
import type { Lexicon } from './lexicon';

/** A sentence ready for the sequence model: its words and the hashed static features of each. */
export interface PreparedSentence {
  words: string[];
  /** Hashes of the lower-cased words (digits as 0) and of their short shapes, for the history features. */
  lower: Uint32Array;
  shapes: Uint32Array;
  features: Uint32Array[];
}

export function prepareSentence(words: string[], lex: Lexicon, cache?: WordFeatureCache): PreparedSentence {
  const hashes = sentenceHashes(words);
  return { words, lower: hashes.lower, shapes: hashes.shape, features: sentenceFeatures(words, hashes, lex, cache) };
}
