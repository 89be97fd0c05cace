/**
 * Trains the greedy averaged-perceptron entity tagger on conll2003.train (seeded), picks the epoch by dev F1 and
 * writes `server/models/ner/model.bin` and `lexicon.bin`. Needs `.cache/train/lexicon-base.json` (buildLexicon.ts).
 *   node --max-old-space-size=4000 --import tsx scripts/train-ner/train.ts
 * Env: NER_EPOCHS (default 12), NER_RUNS (1), NER_SEED (1), NER_MIN_COUNT (2), NER_SPLIT_MODIFIERS (1), NER_CASE_AUG (0.15).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSentence, type FeatureScorer } from '../../server/src/analysis/entities/decodeSentence';
import { N_LABELS } from '../../server/src/analysis/entities/labels';
import { labelsToChunks } from '../../server/src/analysis/entities/labelsToChunks';
import { encodeLexicon, type GazetteerTag, Lexicon } from '../../server/src/analysis/entities/lexicon';
import { PackedModel } from '../../server/src/analysis/entities/packedModel';
import { type PreparedSentence, prepareSentence } from '../../server/src/analysis/entities/prepareSentence';
import { type LabeledSentence, labeledSentences, readDocs } from './loadConll';

const MODEL_DIR = join(__dirname, '../../server/models/ner');
const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const SEED = Number(process.env.NER_SEED ?? 1);
const MIN_COUNT = Number(process.env.NER_MIN_COUNT ?? 2);
const SPLIT_MODIFIERS = (process.env.NER_SPLIT_MODIFIERS ?? '1') === '1';
const CASE_AUG = Number(process.env.NER_CASE_AUG ?? 0.15);
const RUNS = Number(process.env.NER_RUNS ?? 1);

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Perceptron weights with lazy averaging (w − acc/c). */
class Weights implements FeatureScorer {
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

class AveragedWeights implements FeatureScorer {
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

interface Example { prep: PreparedSentence; gold: Int32Array }

/** The mean of several models' weights (a feature missing from a model counts as zero there). */
function averageModels(models: AveragedWeights[]): AveragedWeights {
  const rows = new Map<number, number>();
  for (const m of models) for (const f of m.rows.keys()) if (!rows.has(f)) rows.set(f, rows.size);
  const w = new Float64Array(rows.size * N_LABELS);
  for (const m of models) for (const [f, r] of m.rows) {
    const o = rows.get(f)! * N_LABELS;
    for (let l = 0; l < N_LABELS; l++) w[o + l] += m.w[r * N_LABELS + l] / models.length;
  }
  return new AveragedWeights(rows, w);
}

const FOLDS = Number(process.env.NER_FOLDS ?? 5);

/** Entity phrases (lower-cased words) and their type counts, from the gold labels of some sentences. */
function countNames(sentences: LabeledSentence[], keep: (doc: number) => boolean): Map<string, Map<string, number>> {
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
function learnedNames(names: Map<string, Map<string, number>>): Map<string, GazetteerTag[]> {
  const out = new Map<string, GazetteerTag[]>();
  for (const [phrase, types] of names) {
    const total = [...types.values()].reduce((a, b) => a + b, 0);
    out.set(phrase, [...types].filter(([, n]) => n * 4 >= total).map(([t]) => `t${t}` as GazetteerTag));
  }
  return out;
}

interface BaseLexicon { classes: Record<string, string>; gazetteer: Record<string, string> }

/** The lexicon file: base word classes and gazetteers plus learned names. */
function lexiconFile(base: BaseLexicon, learned: Map<string, GazetteerTag[]>): Uint8Array {
  const classes = new Map<string, number[]>();
  for (const [w, c] of Object.entries(base.classes)) classes.set(w, c.split(',').map((x) => parseInt(x, 36)));
  const phrases = new Map<string, GazetteerTag[]>();
  for (const [p, t] of Object.entries(base.gazetteer)) phrases.set(p, t.split(',') as GazetteerTag[]);
  for (const [p, t] of learned) phrases.set(p, [...(phrases.get(p) ?? []), ...t]);
  return encodeLexicon(classes, phrases);
}

function caseVariant(words: string[], mode: 'upper' | 'lower'): string[] {
  return words.map((w) => (mode === 'upper' ? w.toUpperCase() : w.toLowerCase()));
}

function prepare(sentences: LabeledSentence[], lex: Lexicon): Example[] {
  return sentences.map((s) => ({ prep: prepareSentence(s.words, lex), gold: s.gold }));
}

function chunkF1(examples: Example[], scorer: FeatureScorer): { f1: number; p: number; r: number } {
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

function main(): void {
  const t0 = Date.now();
  const base = JSON.parse(readFileSync(join(__dirname, '../../.cache/train/lexicon-base.json'), 'utf8')) as BaseLexicon;
  const rand = rng(SEED);
  const trainSents = labeledSentences(readDocs('conll2003.train.jsonl'), SPLIT_MODIFIERS);
  const devSents = labeledSentences(readDocs('conll2003.dev.jsonl'), SPLIT_MODIFIERS);
  // Case augmentation: copies of some sentences in capitals (headlines) or lower case (careless text).
  const augmented: LabeledSentence[] = [];
  for (const s of trainSents) {
    if (s.words.length < 4 || rand() >= CASE_AUG) continue;
    augmented.push({ ...s, words: caseVariant(s.words, rand() < 0.7 ? 'upper' : 'lower') });
  }
  // Learned gazetteers: each fold of the training documents sees the names of the other folds only (jackknifing),
  // so the model learns how far to trust a name seen in other documents; dev and the shipped model see them all.
  const all = [...trainSents, ...augmented];
  const train: Example[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const foldLex = Lexicon.fromBuffer(lexiconFile(base, learnedNames(countNames(trainSents, (d) => d % FOLDS !== k))));
    train.push(...prepare(all.filter((s) => s.doc % FOLDS === k), foldLex));
  }
  const lexBytes = lexiconFile(base, learnedNames(countNames(trainSents, () => true)));
  const dev = prepare(devSents, Lexicon.fromBuffer(lexBytes));
  // Drop rare static features.
  const counts = new Map<number, number>();
  for (const ex of train) for (const f of ex.prep.features) for (const h of f) counts.set(h, (counts.get(h) ?? 0) + 1);
  for (const ex of train) ex.prep.features = ex.prep.features.map((f) => f.filter((h) => counts.get(h)! >= MIN_COUNT));
  console.log(`train ${train.length} sentences (${augmented.length} case copies), dev ${dev.length}, features ${counts.size}, prepared in ${((Date.now() - t0) / 1000).toFixed(1)}s`);

  // Several runs with different shuffles; the shipped model averages their best-epoch averaged weights.
  const runs: { f1: number; epoch: number; model: AveragedWeights }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const shuffle = run === 0 ? rand : rng(SEED * 7919 + run);
    const weights = new Weights();
    const order = train.map((_, i) => i);
    let best = { f1: -1, epoch: 0, model: null as AveragedWeights | null };
    for (let epoch = 1; epoch <= EPOCHS; epoch++) {
      for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(shuffle() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
      let errors = 0;
      for (const idx of order) {
        const ex = train[idx];
        // Greedy training on our own history: the features see the labels the model predicted.
        decodeSentence(ex.prep.features, ex.prep.history, weights, (i, feats, pred) => {
          const gold = ex.gold[i];
          if (pred !== gold) {
            errors++;
            for (const f of feats) { weights.update(f, gold, 1); weights.update(f, pred, -1); }
          }
          weights.c++;
          return pred;
        });
      }
      const avg = weights.averaged();
      const score = chunkF1(dev, avg);
      console.log(`run ${run} epoch ${epoch}: ${errors} errors, dev chunk F1 ${score.f1.toFixed(4)} (P ${score.p.toFixed(4)} R ${score.r.toFixed(4)}), ${((Date.now() - t0) / 1000).toFixed(0)}s`);
      if (score.f1 > best.f1) best = { f1: score.f1, epoch, model: avg };
    }
    runs.push(best as { f1: number; epoch: number; model: AveragedWeights });
  }
  const model = runs.length === 1 ? runs[0].model : averageModels(runs.map((r) => r.model));
  const final = chunkF1(dev, model);
  const best = { f1: final.f1, epoch: runs.map((r) => r.epoch).join('+'), model };
  writeFileSync(join(MODEL_DIR, 'lexicon.bin'), lexBytes);
  const buf = best.model!.pack();
  writeFileSync(join(MODEL_DIR, 'model.bin'), buf);
  writeFileSync(join(MODEL_DIR, 'model.json'), JSON.stringify({ format: 'NER1', epoch: best.epoch, devChunkF1: +best.f1.toFixed(4), seed: SEED, minCount: MIN_COUNT, caseAug: CASE_AUG, splitModifiers: SPLIT_MODIFIERS, features: best.model!.rows.size }, null, 2));
  console.log(`${RUNS} run(s), best epochs ${best.epoch}, dev chunk F1 ${best.f1.toFixed(4)}; model.bin ${(buf.length / 1e6).toFixed(1)} MB`);
}

main();
