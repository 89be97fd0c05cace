/** Averaged perceptron weights and training helpers shared by the two stages' training scripts. */
import { decodeSentence, type FeatureScorer } from '../../server/src/analysis/entities/decodeSentence';
import { N_LABELS } from '../../server/src/analysis/entities/labels';
import { labelsToChunks } from '../../server/src/analysis/entities/labelsToChunks';
import { encodeLexicon, type GazetteerTag, Lexicon } from '../../server/src/analysis/entities/lexicon';
import { PackedModel } from '../../server/src/analysis/entities/packedModel';
import { type PreparedSentence, prepareSentence } from '../../server/src/analysis/entities/prepareSentence';
import type { LabeledSentence } from './loadConll';
import { makeRng } from '../lib/rng';

/** The project's seeded PRNG as a bare function. */
export const rng = (seed: number): (() => number) => makeRng(seed).next;

/** Perceptron weights with lazy averaging (w − acc/c). */
export class Weights implements FeatureScorer {
  rows = new Map<number, number>();
  w = new Float64Array(1 << 20);
  acc = new Float64Array(1 << 20);
  c = 1;
  addScores(f: number, scores: Float64Array): void {
    const r = this.rows.get(f);
    if (r === undefined) return;
    const o = r * N_LABELS;
    for (let l = 0; l < N_LABELS; l++) scores[l] += this.w[o + l];
  }
  update(f: number, label: number, d: number): void {
    let r = this.rows.get(f);
    if (r === undefined) {
      r = this.rows.size;
      this.rows.set(f, r);
      if ((r + 1) * N_LABELS > this.w.length) {
        const w = new Float64Array(this.w.length * 2); w.set(this.w); this.w = w;
        const a = new Float64Array(this.acc.length * 2); a.set(this.acc); this.acc = a;
      }
    }
    this.w[r * N_LABELS + label] += d;
    this.acc[r * N_LABELS + label] += this.c * d;
  }
  averaged(): AveragedWeights {
    const avg = new Float64Array(this.rows.size * N_LABELS);
    for (let i = 0; i < avg.length; i++) avg[i] = this.w[i] - this.acc[i] / this.c;
    return new AveragedWeights(new Map(this.rows), avg);
  }
}

export class AveragedWeights implements FeatureScorer {
  constructor(readonly rows: Map<number, number>, readonly w: Float64Array) {}
  addScores(f: number, scores: Float64Array): void {
    const r = this.rows.get(f);
    if (r === undefined) return;
    const o = r * N_LABELS;
    for (let l = 0; l < N_LABELS; l++) scores[l] += this.w[o + l];
  }
  pack(): Uint8Array {
    const keep: number[] = [];
    let max = 0;
    for (const [f, r] of this.rows) {
      let m = 0;
      for (let l = 0; l < N_LABELS; l++) m = Math.max(m, Math.abs(this.w[r * N_LABELS + l]));
      if (m > 1e-3) { keep.push(f); max = Math.max(max, m); }
    }
    keep.sort((a, b) => a - b);
    const scale = max / 32767;
    const keys = Uint32Array.from(keep);
    const weights = new Int16Array(keep.length * N_LABELS);
    keep.forEach((f, i) => {
      const r = this.rows.get(f)!;
      for (let l = 0; l < N_LABELS; l++) weights[i * N_LABELS + l] = Math.round(this.w[r * N_LABELS + l] / scale);
    });
    return PackedModel.toBuffer(keys, weights, N_LABELS, scale);
  }
}

export interface Example { prep: PreparedSentence; gold: Int32Array }

/** The mean of several models' weights (a feature missing from a model counts as zero there). */
export function averageModels(models: AveragedWeights[]): AveragedWeights {
  const rows = new Map<number, number>();
  for (const m of models) for (const f of m.rows.keys()) if (!rows.has(f)) rows.set(f, rows.size);
  const w = new Float64Array(rows.size * N_LABELS);
  for (const m of models) for (const [f, r] of m.rows) {
    const o = rows.get(f)! * N_LABELS;
    for (let l = 0; l < N_LABELS; l++) w[o + l] += m.w[r * N_LABELS + l] / models.length;
  }
  return new AveragedWeights(rows, w);
}

export const FOLDS = Number(process.env.NER_FOLDS ?? 5);

/** Entity phrases (lower-cased words) and their type counts, from the gold labels of some sentences. */
export function countNames(sentences: LabeledSentence[], keep: (doc: number) => boolean): Map<string, Map<string, number>> {
  const names = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    if (!keep(s.doc)) continue;
    for (const c of labelsToChunks(s.gold)) {
      const phrase = s.words.slice(c.start, c.end).join(' ').toLowerCase();
      const m = names.get(phrase) ?? new Map<string, number>();
      m.set(c.type, (m.get(c.type) ?? 0) + 1);
      names.set(phrase, m);
    }
  }
  return names;
}

/** The learned names: each phrase with the types that make up at least a quarter of its occurrences. */
export function learnedNames(names: Map<string, Map<string, number>>): Map<string, GazetteerTag[]> {
  const out = new Map<string, GazetteerTag[]>();
  for (const [phrase, types] of names) {
    const total = [...types.values()].reduce((a, b) => a + b, 0);
    out.set(phrase, [...types].filter(([, n]) => n * 4 >= total).map(([t]) => `t${t}` as GazetteerTag));
  }
  return out;
}

export interface BaseLexicon { classes: Record<string, string>; gazetteer: Record<string, string> }

/** The lexicon file: base word classes and gazetteers plus learned names. */
export function lexiconFile(base: BaseLexicon, learned: Map<string, GazetteerTag[]>): Uint8Array {
  const classes = new Map<string, number[]>();
  for (const [w, c] of Object.entries(base.classes)) classes.set(w, c.split(',').map((x) => parseInt(x, 36)));
  const phrases = new Map<string, GazetteerTag[]>();
  for (const [p, t] of Object.entries(base.gazetteer)) phrases.set(p, t.split(',') as GazetteerTag[]);
  for (const [p, t] of learned) phrases.set(p, [...(phrases.get(p) ?? []), ...t]);
  return encodeLexicon(classes, phrases);
}

export function caseVariant(words: string[], mode: 'upper' | 'lower'): string[] {
  return words.map((w) => (mode === 'upper' ? w.toUpperCase() : w.toLowerCase()));
}

export function prepare(sentences: LabeledSentence[], lex: Lexicon): Example[] {
  return sentences.map((s) => ({ prep: prepareSentence(s.words, lex), gold: s.gold }));
}

export function chunkF1(examples: Example[], scorer: FeatureScorer): { f1: number; p: number; r: number } {
  let tp = 0, np = 0, ng = 0;
  for (const ex of examples) {
    const { labels } = decodeSentence(ex.prep.features, ex.prep.history, scorer);
    const pred = labelsToChunks(labels), gold = labelsToChunks(ex.gold);
    np += pred.length; ng += gold.length;
    const g = new Set(gold.map((c) => `${c.start},${c.end},${c.type}`));
    for (const c of pred) if (g.has(`${c.start},${c.end},${c.type}`)) tp++;
  }
  const p = tp / (np || 1), r = tp / (ng || 1);
  return { f1: (2 * p * r) / (p + r || 1), p, r };
}

