import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawMention, Sentence, Token } from '../../types';
import { chunksToMentions } from '../chunksToMentions';
import { decodeSentence } from '../decodeSentence';
import type { WordFeatureCache } from '../features';
import { findModelDir } from '../findModelDir';
import { lexiconGazetteer } from '../gazetteer';
import { PackedModel } from '../packedModel';
import { prepareSentence } from '../prepareSentence';
import type { EntityRecognizer } from '../recognizer';
import { loadNeuralModel, type NeuralModel } from './neuralRecognizer';
import { tagSentence, type WordProjectionCache } from './tagSentence';

/** The perceptron and the neural tagger together: the perceptron's labels are a prior on the CRF's emissions. */
export interface EnsembleModel { neural: NeuralModel; perceptron: PackedModel }

export function loadEnsembleRecognizer(weight: number, neuralDir?: string, perceptronDir?: string): EntityRecognizer {
  const dir = perceptronDir ?? findModelDir();
  const model: EnsembleModel = { neural: loadNeuralModel(neuralDir, dir), perceptron: PackedModel.fromBuffer(readFileSync(join(dir, 'model.bin'))) };
  const caches = { projections: new Map() as WordProjectionCache, words: new Map() as WordFeatureCache, wordScores: new WeakMap<Uint32Array, Float64Array>() };
  return {
    recognize: (_text, tokens, sentences) => recognizeEnsemble(model, weight, tokens, sentences, caches),
    gazetteer: lexiconGazetteer(model.neural.lexicon),
  };
}

/** Mentions over the sentences of one block: the neural tagger with the perceptron's labels as a prior of `weight`. */
export function recognizeEnsemble(
  model: EnsembleModel, weight: number, tokens: Token[], sentences: Sentence[],
  caches?: { projections: WordProjectionCache; words: WordFeatureCache; wordScores: WeakMap<Uint32Array, Float64Array> },
): RawMention[] {
  const mentions: RawMention[] = [];
  const lex = model.neural.lexicon;
  for (const s of sentences) {
    const toks = tokens.slice(s.firstToken, s.endToken);
    if (toks.length === 0) continue;
    const words = toks.map((t) => t.text);
    const prep = prepareSentence(words, lex, caches?.words, true);
    const p = decodeSentence(prep.features, prep.history, model.perceptron, undefined, { words: prep.wordFeatures, wordScores: caches?.wordScores });
    const { labels, confidence } = tagSentence(model.neural.tagger, lex, words, caches?.projections, { ...p, weight });
    chunksToMentions(toks, labels, confidence, mentions);
  }
  return mentions;
}
