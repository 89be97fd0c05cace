import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawMention, Sentence, Token } from '../../types';
import { chunksToMentions } from '../chunksToMentions';
import { findModelDir } from '../findModelDir';
import { lexiconGazetteer } from '../gazetteer';
import { Lexicon } from '../lexicon';
import type { EntityRecognizer } from '../recognizer';
import { loadNeuralTagger, type NeuralTagger } from './loadNeuralTagger';
import { tagSentence, type WordProjectionCache } from './tagSentence';

/** A loaded neural tagger with the gazetteers it reads (the perceptron's lexicon.bin). */
export interface NeuralModel { tagger: NeuralTagger; lexicon: Lexicon }

/** Loads the neural tagger (`server/models/ner-neural`) and the lexicon (`server/models/ner/lexicon.bin`). */
export function loadNeuralModel(modelDir?: string, lexiconDir?: string): NeuralModel {
  const tagger = loadNeuralTagger(modelDir ?? findModelDir(__dirname, 'ner-neural'));
  const lexicon = Lexicon.fromBuffer(readFileSync(join(lexiconDir ?? findModelDir(), 'lexicon.bin')));
  return { tagger, lexicon };
}

/** The neural tagger as an EntityRecognizer: per sentence BiLSTM-CRF, mentions scored by their lowest CRF marginal. */
export function loadNeuralRecognizer(modelDir?: string, lexiconDir?: string): EntityRecognizer {
  const model = loadNeuralModel(modelDir, lexiconDir);
  const cache: WordProjectionCache = new Map();
  return { recognize: (_text, tokens, sentences) => recognizeNeural(model, tokens, sentences, cache), gazetteer: lexiconGazetteer(model.lexicon) };
}

/** Mentions of the neural tagger over the sentences of one block; offsets are those of `tokens`. */
export function recognizeNeural(model: NeuralModel, tokens: Token[], sentences: Sentence[], cache?: WordProjectionCache): RawMention[] {
  const mentions: RawMention[] = [];
  for (const s of sentences) {
    const toks = tokens.slice(s.firstToken, s.endToken);
    if (toks.length === 0) continue;
    const { labels, confidence } = tagSentence(model.tagger, model.lexicon, toks.map((t) => t.text), cache);
    chunksToMentions(toks, labels, confidence, mentions);
  }
  return mentions;
}
