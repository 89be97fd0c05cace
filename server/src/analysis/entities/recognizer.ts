import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawMention, Sentence, Token } from '../types';
import { decodeSentence } from './decodeSentence';
import type { DocMemory, TokenTypes } from './docMemory';
import { documentFeatures } from './documentFeatures';
import type { WordFeatureCache } from './features';
import { findModelDir } from './findModelDir';
import { LABEL_TYPE } from './labels';
import { labelsToChunks } from './labelsToChunks';
import { Lexicon } from './lexicon';
import { PackedModel } from './packedModel';
import { type PreparedSentence, prepareSentence } from './prepareSentence';

/** What the second stage knows of the article: the memory and the first-stage types of the tokens it is given. */
export interface DocumentContext {
  memory: DocMemory;
  /** First-stage types of the tokens passed along, same indices. */
  own: TokenTypes;
}

export interface EntityRecognizer {
  /** Mentions in `text` (one block of an article); offsets are those of `tokens`. */
  recognize(text: string, tokens: Token[], sentences: Sentence[]): RawMention[];
  /**
   * The second stage (when the model has one): mentions of the same tokens with the document's first-stage
   * evidence as extra features. `sentences` index into `tokens`.
   */
  recognizeInDocument?(tokens: Token[], sentences: Sentence[], context: DocumentContext): RawMention[];
}

/** Tokens a mention never starts or ends with: punctuation, quotes, the possessive. */
const EDGE = /^(?:[^\p{L}\p{N}]+|['’][sS])$/u;
/** Words of a photo or video credit that follow an agency's name ("/Xinhua Photo", "Reuters File"). */
const CREDIT = /^(?:Photo|Photos|PHOTO|File|FILE|Video|VIDEO)$/;

export function loadRecognizer(modelDir?: string): EntityRecognizer {
  const dir = modelDir ?? findModelDir();
  const model = PackedModel.fromBuffer(readFileSync(join(dir, 'model.bin')));
  const lexicon = Lexicon.fromBuffer(readFileSync(join(dir, 'lexicon.bin')));
  const stage2File = join(dir, 'model2.bin');
  const stage2 = existsSync(stage2File) ? PackedModel.fromBuffer(readFileSync(stage2File)) : null;
  const caches: RecognizerCaches = { words: new Map(), sentences: new Map(), wordScores: new WeakMap() };
  const recognizer: EntityRecognizer = { recognize: (_text, tokens, sentences) => recognizeWith(model, lexicon, tokens, sentences, caches) };
  if (stage2) {
    const caches2 = { ...caches, wordScores: new WeakMap<Uint32Array, Float64Array>() };
    recognizer.recognizeInDocument = (tokens, sentences, context) => recognizeWith(stage2, lexicon, tokens, sentences, caches2, context);
  }
  return recognizer;
}

/**
 * Memos of one recognizer: features per word, and the prepared sentences of the latest blocks, so that the second
 * stage reuses the first stage's features of a sentence (bounded: cleared when full). The first stage always
 * prepares its sentences afresh (its results are memoised per block by the pipeline).
 */
export interface RecognizerCaches {
  words: WordFeatureCache;
  sentences: Map<string, PreparedSentence>;
  /** The summed weights of each cached word's own features, for the model these caches serve. */
  wordScores: WeakMap<Uint32Array, Float64Array>;
}
const MAX_CACHED_SENTENCES = 2048;

function prepareCached(words: string[], lexicon: Lexicon, caches: RecognizerCaches | undefined, reuse: boolean): PreparedSentence {
  if (!caches) return prepareSentence(words, lexicon);
  const key = words.join('\u0001');
  let prep = reuse ? caches.sentences.get(key) : undefined;
  if (!prep) {
    prep = prepareSentence(words, lexicon, caches.words, true);
    if (caches.sentences.size >= MAX_CACHED_SENTENCES) caches.sentences.clear();
    caches.sentences.set(key, prep);
  }
  return prep;
}

/** Stage 1 (no `context`) or stage 2 (with it) over the sentences of one block. */
export function recognizeWith(
  model: PackedModel,
  lexicon: Lexicon,
  tokens: Token[],
  sentences: Sentence[],
  caches?: RecognizerCaches,
  context?: DocumentContext,
): RawMention[] {
  const mentions: RawMention[] = [];
  for (const s of sentences) {
    const toks = tokens.slice(s.firstToken, s.endToken);
    if (toks.length === 0) continue;
    const words = toks.map((t) => t.text);
    const prep = prepareCached(words, lexicon, caches, context !== undefined); // stage 1 prepares, stage 2 reuses
    const extra = context ? documentFeatures(words, context.own, s.firstToken, context.memory) : undefined;
    const { labels, confidence } = decodeSentence(prep.features, prep.history, model, undefined, { extra, words: prep.wordFeatures, wordScores: caches?.wordScores });
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

/** Static features followed by document features, per token. */
export function withDocumentFeatures(staticFeatures: Uint32Array[], doc: Uint32Array[]): Uint32Array[] {
  return staticFeatures.map((f, i) => {
    const out = new Uint32Array(f.length + doc[i].length);
    out.set(f);
    out.set(doc[i], f.length);
    return out;
  });
}
