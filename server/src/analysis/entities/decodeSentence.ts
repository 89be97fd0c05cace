import { hashString, mix, mix3, template } from './hashFeature';
import { allowedAfter, LABELS, N_LABELS, O } from './labels';

/** Anything that adds the weights of a feature (by hash) to the per-label scores. */
export interface FeatureScorer {
  addScores(feature: number, scores: Float64Array): void;
}

const LABEL_NAMES = LABELS as readonly string[];
const EMPTY = new Uint32Array(0);
/** Softens the perceptron scores into confidences (labels do not depend on it). */
const CONFIDENCE_TEMPERATURE = 3;
const P1 = LABEL_NAMES.map((l) => mix(template('p1'), hashString(l)));
const P2P1 = LABEL_NAMES.map((a) => LABEL_NAMES.map((b) => mix3(template('p2p1'), hashString(a), hashString(b))));
/** Templates conjoining the previous label with each of a token's history keys (see `PreparedSentence.history`). */
const P1_KEY = ['p1|lw', 'p1|ss'].map((t) => LABEL_NAMES.map((l) => mix(template(t), hashString(l))));
export const HISTORY_KEYS = P1_KEY.length;

/** Hashes of the features that depend on the previous two predictions; `keys` holds the token's history keys at `at`. */
export function historyFeatures(prev1: number, prev2: number, keys: Uint32Array, at: number, out: number[]): void {
  out.push(P1[prev1], P2P1[prev2][prev1]);
  for (let k = 0; k < HISTORY_KEYS; k++) out.push(mix(P1_KEY[k][prev1], keys[at + k]));
}

/** Features beyond the static list: the words' own features, scored once per word. */
export interface MoreFeatures {
  /** Per token, the features of the word alone (see `prepareSentence`'s `splitWords`). */
  words?: readonly Uint32Array[];
  /** Memo of the summed scores of a word's features, by its feature array (one per scorer). */
  wordScores?: WeakMap<Uint32Array, Float64Array>;
}

export interface DecodedSentence {
  labels: Int32Array;
  /** Per token: soft-max probability of the chosen label over the allowed ones. */
  confidence: Float64Array;
}

/**
 * Greedy left-to-right decoding: each token takes its best label allowed after the previous one (IOB2), with the
 * previous predictions as features. `onToken` (training) sees the features and the prediction of every token and
 * may return the label to continue with. `more` adds features per token (see `MoreFeatures`).
 */
export function decodeSentence(
  staticFeatures: Uint32Array[],
  historyKeys: Uint32Array,
  scorer: FeatureScorer,
  onToken?: (i: number, features: number[], predicted: number) => number,
  more: MoreFeatures = {},
): DecodedSentence {
  const { words, wordScores } = more;
  const n = staticFeatures.length;
  const labels = new Int32Array(n);
  const confidence = new Float64Array(n);
  const scores = new Float64Array(N_LABELS);
  const hist: number[] = [];
  const feats: number[] = [];
  for (let i = 0; i < n; i++) {
    const prev1 = i > 0 ? labels[i - 1] : O;
    const prev2 = i > 1 ? labels[i - 2] : O;
    const sf = staticFeatures[i];
    hist.length = 0;
    historyFeatures(prev1, prev2, historyKeys, i * HISTORY_KEYS, hist);
    scores.fill(0);
    const wf = words ? words[i] : EMPTY;
    for (let k = 0; k < sf.length; k++) scorer.addScores(sf[k], scores);
    if (wf.length && wordScores && !onToken) {
      let ws = wordScores.get(wf);
      if (!ws) {
        ws = new Float64Array(N_LABELS);
        for (let k = 0; k < wf.length; k++) scorer.addScores(wf[k], ws);
        wordScores.set(wf, ws);
      }
      for (let l = 0; l < N_LABELS; l++) scores[l] += ws[l];
    } else for (let k = 0; k < wf.length; k++) scorer.addScores(wf[k], scores);
    for (let k = 0; k < hist.length; k++) scorer.addScores(hist[k], scores);
    let best = O, bestScore = -Infinity;
    for (let l = 0; l < N_LABELS; l++) {
      if (allowedAfter(prev1, l) && scores[l] > bestScore) { bestScore = scores[l]; best = l; }
    }
    let z = 0;
    for (let l = 0; l < N_LABELS; l++) if (allowedAfter(prev1, l)) z += Math.exp((scores[l] - bestScore) / CONFIDENCE_TEMPERATURE);
    confidence[i] = 1 / z;
    if (onToken) {
      feats.length = 0;
      for (let k = 0; k < sf.length; k++) feats.push(sf[k]);
      for (let k = 0; k < wf.length; k++) feats.push(wf[k]);
      for (let k = 0; k < hist.length; k++) feats.push(hist[k]);
      labels[i] = onToken(i, feats, best);
    } else labels[i] = best;
  }
  return { labels, confidence };
}
