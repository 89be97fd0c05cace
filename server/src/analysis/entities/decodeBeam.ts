import { type DecodedSentence, type FeatureScorer, historyFeatures } from './decodeSentence';
import { allowedAfter, N_LABELS, O } from './labels';

interface Item { score: number; prev1: number; prev2: number; back: number }

/**
 * Beam-search decoding with the same model as the greedy decoder: the label-independent part of every token's
 * scores is computed once, only the history features differ between beam items. Returns the best full path and,
 * for each of its tokens, the soft-max probability of its label given the path's history.
 */
export function decodeBeam(
  staticFeatures: Uint32Array[],
  lowerWords: Uint32Array,
  shapes: Uint32Array,
  scorer: FeatureScorer,
  beamSize = 4,
): DecodedSentence {
  const n = staticFeatures.length;
  const base = new Float64Array(N_LABELS);
  const scores = new Float64Array(N_LABELS);
  const hist: number[] = [];
  // Per step: the kept items, with their label and the index of their parent in the previous step.
  const steps: { items: Item[]; labels: Int32Array; conf: Float64Array }[] = [];
  let beam: Item[] = [{ score: 0, prev1: O, prev2: O, back: -1 }];
  for (let i = 0; i < n; i++) {
    base.fill(0);
    const sf = staticFeatures[i];
    for (let k = 0; k < sf.length; k++) scorer.addScores(sf[k], base);
    const cand: { score: number; parent: number; label: number; conf: number }[] = [];
    for (let b = 0; b < beam.length; b++) {
      const it = beam[b];
      scores.set(base);
      hist.length = 0;
      historyFeatures(it.prev1, it.prev2, lowerWords[i], shapes[i], hist);
      for (const f of hist) scorer.addScores(f, scores);
      let max = -Infinity;
      for (let l = 0; l < N_LABELS; l++) if (allowedAfter(it.prev1, l) && scores[l] > max) max = scores[l];
      let z = 0;
      for (let l = 0; l < N_LABELS; l++) if (allowedAfter(it.prev1, l)) z += Math.exp(Math.min(50, scores[l] - max));
      for (let l = 0; l < N_LABELS; l++) {
        if (!allowedAfter(it.prev1, l)) continue;
        const conf = Math.exp(Math.min(50, (scores[l] - max) / TEMP)) / zt;
        cand.push({ score: it.score + Math.log(conf), parent: b, label: l, conf });
      }
    }
    cand.sort((a, b) => b.score - a.score);
    const kept = cand.slice(0, beamSize);
    const items = kept.map((c) => ({ score: c.score, prev1: c.label, prev2: beam[c.parent].prev1, back: c.parent }));
    steps.push({ items, labels: Int32Array.from(kept, (c) => c.label), conf: Float64Array.from(kept, (c) => c.conf) });
    beam = items;
  }
  const labels = new Int32Array(n);
  const confidence = new Float64Array(n);
  let k = 0;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = steps[i].labels[k];
    confidence[i] = steps[i].conf[k];
    k = steps[i].items[k].back;
  }
  return { labels, confidence };
}
