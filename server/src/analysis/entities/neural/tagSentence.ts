import type { Lexicon } from '../lexicon';
import { charCnn } from './charCnn';
import { crfDecode } from './crfDecode';
import { dot } from './dot';
import type { LstmWeights, NeuralTagger } from './loadNeuralTagger';
import { runLstm } from './lstm';
import { caseClass, gazetteerBits, MAX_WORD_CHARS } from './tokenInputs';

/** Memo of one tagger: per word, the input projections of its word, character and casing inputs (both directions). */
export type WordProjectionCache = Map<string, Float32Array>;
const CACHE_LIMIT = 50000;

/** IOB2 label indices (labels.ts) of a sentence, and the CRF marginal of each token's decoded tag. */
export interface TaggedSentence { labels: Int32Array; confidence: Float64Array }

/** Labels of another tagger (IOB2 indices, with confidences) added to the emissions: `weight · confidence` on each tag that agrees. */
export interface LabelPrior { labels: Int32Array; confidence: Float64Array; weight: number }

/** Tags one sentence with the neural tagger (optionally nudged towards another tagger's labels, see `LabelPrior`). */
export function tagSentence(m: NeuralTagger, lex: Lexicon, words: readonly string[], cache?: WordProjectionCache, prior?: LabelPrior): TaggedSentence {
  const n = words.length;
  const H = m.hidden, G = 4 * H, K = m.tags.length;
  const gaz = gazetteerBits(words, lex);
  const gazCol = m.wordDim + m.filters + m.caseDim;
  const preF = new Float32Array(n * G), preB = new Float32Array(n * G);
  const x = new Float32Array(m.inputDim);
  const scratch = new Float32Array((MAX_WORD_CHARS + 2) * m.charDim);
  for (let t = 0; t < n; t++) {
    const w = words[t];
    let proj = cache?.get(w);
    if (!proj) {
      proj = wordProjection(m, w, x, scratch);
      if (cache) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(w, proj);
      }
    }
    const at = t * G;
    for (let r = 0; r < G; r++) { preF[at + r] = proj[r]; preB[at + r] = proj[G + r]; }
    const bits = gaz[t];
    if (bits) for (let b = 0; b < m.nGazBits; b++) if (bits & (1 << b)) {
      addColumn(m.forward, m.inputDim, gazCol + b, preF, t * G, G);
      addColumn(m.backward, m.inputDim, gazCol + b, preB, t * G, G);
    }
  }
  const hs = new Float32Array(n * 2 * H);
  const state = new Float64Array(6 * H);
  runLstm(m.forward, H, preF, n, false, hs, 2 * H, 0, state, m.kernel);
  runLstm(m.backward, H, preB, n, true, hs, 2 * H, H, state, m.kernel);
  const em = new Float32Array(n * K);
  const H2 = 2 * H;
  for (let t = 0; t < n; t++) for (let k = 0; k < K; k++) em[t * K + k] = dot(m.outW, k * H2, hs, t * H2, H2, m.outB[k]);
  if (prior) for (let t = 0; t < n; t++) for (let k = 0; k < K; k++) {
    if (m.iobOfTag[k] === prior.labels[t]) em[t * K + k] += prior.weight * prior.confidence[t];
  }
  const { tags, confidence } = crfDecode(em, n, K, m.trans, m.start, m.end);
  const table = m.iobOfTag;
  const labels = new Int32Array(n);
  for (let t = 0; t < n; t++) labels[t] = table[tags[t]];
  return { labels, confidence };
}

/** W_ih·[word; chars; case; 0] + biases of both directions (8H values: forward then backward). */
function wordProjection(m: NeuralTagger, word: string, input: Float32Array, scratch: Float32Array): Float32Array {
  const D = m.wordDim, F = m.filters, Cd = m.caseDim;
  const k = m.kernel;
  const x = k ? k.x : input;
  const row = m.vocab.row(word);
  const scale = m.wordScale[row];
  for (let j = 0; j < D; j++) x[j] = m.wordQ[row * D + j] * scale;
  charCnn(m, word, x, D, scratch);
  const cc = caseClass(word);
  for (let j = 0; j < Cd; j++) x[D + F + j] = m.caseEmb[cc * Cd + j];
  const used = D + F + Cd;
  const G = 4 * m.hidden;
  const out = new Float32Array(2 * G);
  if (k) {
    k.project();
    for (let r = 0; r < G; r++) {
      out[r] = m.forward.bias[r] + k.projected[r];
      out[G + r] = m.backward.bias[r] + k.projected[G + r];
    }
    return out;
  }
  project(m.forward, m.inputDim, x, used, out, 0, G);
  project(m.backward, m.inputDim, x, used, out, G, G);
  return out;
}

function project(w: LstmWeights, inDim: number, x: Float32Array, used: number, out: Float32Array, at: number, G: number): void {
  for (let r = 0; r < G; r++) out[at + r] = dot(w.wIh, r * inDim, x, 0, used, w.bias[r]);
}

function addColumn(w: LstmWeights, inDim: number, col: number, pre: Float32Array, at: number, G: number): void {
  for (let r = 0; r < G; r++) pre[at + r] += w.wIh[r * inDim + col];
}
