import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawMention, Sentence, Token } from '../types';
import { chunksToMentions } from './chunksToMentions';
import { decodeSentence } from './decodeSentence';
import type { WordFeatureCache } from './features';
import { findModelDir } from './findModelDir';
import { lexiconGazetteer, type Gazetteer } from './gazetteer';
import { Lexicon } from './lexicon';
import { PackedModel } from './packedModel';
import { prepareSentence } from './prepareSentence';

export interface EntityRecognizer {
  /** Mentions in `text` (one block of an article); offsets are those of `tokens`. */
  recognize(text: string, tokens: Token[], sentences: Sentence[]): RawMention[];
  /** What the model's gazetteers know of a name, for the document rules (none: `NO_GAZETTEER`). */
  readonly gazetteer?: Gazetteer;
}

export function loadRecognizer(modelDir?: string): EntityRecognizer {
  const dir = modelDir ?? findModelDir();
  const model = PackedModel.fromBuffer(readFileSync(join(dir, 'model.bin')));
  const lexicon = Lexicon.fromBuffer(readFileSync(join(dir, 'lexicon.bin')));
  const caches: RecognizerCaches = { words: new Map(), wordScores: new WeakMap() };
  const recognizer: EntityRecognizer = {
    recognize: (_text, tokens, sentences) => recognizeWith(model, lexicon, tokens, sentences, caches),
    gazetteer: lexiconGazetteer(lexicon),
  };
  return recognizer;
}

/** Memos of one recognizer: features per word, and the summed weights of each word's own features. */
export interface RecognizerCaches {
  words: WordFeatureCache;
  wordScores: WeakMap<Uint32Array, Float64Array>;
}

/** The model over the sentences of one block. */
export function recognizeWith(
  model: PackedModel,
  lexicon: Lexicon,
  tokens: Token[],
  sentences: Sentence[],
  caches?: RecognizerCaches,
): RawMention[] {
  const mentions: RawMention[] = [];
  for (const s of sentences) {
    const toks = tokens.slice(s.firstToken, s.endToken);
    if (toks.length === 0) continue;
    const words = toks.map((t) => t.text);
    const prep = prepareSentence(words, lexicon, caches?.words, true);
    const { labels, confidence } = decodeSentence(prep.features, prep.history, model, undefined, { words: prep.wordFeatures, wordScores: caches?.wordScores });
    chunksToMentions(toks, labels, confidence, mentions);
  }
  return mentions;
}
