import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawMention, Sentence, Token } from '../types';
import { decodeSentence } from './decodeSentence';
import type { WordFeatureCache } from './features';
import { findModelDir } from './findModelDir';
import { LABEL_TYPE } from './labels';
import { labelsToChunks } from './labelsToChunks';
import { Lexicon } from './lexicon';
import { PackedModel } from './packedModel';
import { prepareSentence } from './prepareSentence';

export interface EntityRecognizer {
  /** Mentions in `text` (one block of an article); offsets are those of `tokens`. */
  recognize(text: string, tokens: Token[], sentences: Sentence[]): RawMention[];
}

/** Tokens a mention never starts or ends with: punctuation, quotes, the possessive. */
const EDGE = /^(?:[^\p{L}\p{N}]+|['’][sS])$/u;
/** Words of a photo or video credit that follow an agency's name ("/Xinhua Photo", "Reuters File"). */
const CREDIT = /^(?:Photo|Photos|PHOTO|File|FILE|Video|VIDEO)$/;

export function loadRecognizer(modelDir?: string): EntityRecognizer {
  const dir = modelDir ?? findModelDir();
  const model = PackedModel.fromBuffer(readFileSync(join(dir, 'model.bin')));
  const lexicon = Lexicon.fromBuffer(readFileSync(join(dir, 'lexicon.bin')));
  const caches: RecognizerCaches = { words: new Map(), wordScores: new WeakMap() };
  const recognizer: EntityRecognizer = { recognize: (_text, tokens, sentences) => recognizeWith(model, lexicon, tokens, sentences, caches) };
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
    for (const c of labelsToChunks(labels)) {
      let a = c.start, b = c.end;
      while (a < b && EDGE.test(toks[a].text)) a++;
      while (b > a && EDGE.test(toks[b - 1].text)) b--;
      if (c.type === 'ORG' && b - a > 1 && CREDIT.test(toks[b - 1].text)) b--;
      while (b > a && EDGE.test(toks[b - 1].text)) b--;
      if (a >= b) continue;
      let score = 1;
      for (let i = c.start; i < c.end; i++) score = Math.min(score, confidence[i]);
      mentions.push({ start: toks[a].start, end: toks[b - 1].end, type: LABEL_TYPE[c.type], score, origin: 'detected' });
    }
  }
  return mentions;
}
