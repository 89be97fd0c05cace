/**
 * Trains the greedy averaged-perceptron entity tagger on conll2003.train (seeded), picks the epoch by dev F1 and
 * writes `server/models/ner/model.bin`. Needs `server/models/ner/lexicon.json` (buildLexicon.ts).
 *   node --max-old-space-size=4000 --import tsx scripts/train-ner/train.ts
 * Env: NER_EPOCHS (default 12), NER_SEED (1), NER_MIN_COUNT (2), NER_SPLIT_MODIFIERS (1), NER_CASE_AUG (0.15).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSentence, type FeatureScorer } from '../../server/src/analysis/entities/decodeSentence';
import { N_LABELS } from '../../server/src/analysis/entities/labels';
import { labelsToChunks } from '../../server/src/analysis/entities/labelsToChunks';
import { hashString } from '../../server/src/analysis/entities/hashFeature';
import { type Lexicon, type LexiconFile, parseLexicon } from '../../server/src/analysis/entities/lexicon';
import { PackedModel } from '../../server/src/analysis/entities/packedModel';
import { type PreparedSentence, prepareSentence } from '../../server/src/analysis/entities/prepareSentence';
import { type LabeledSentence, labeledSentences, readDocs } from './loadConll';

const MODEL_DIR = join(__dirname, '../../server/models/ner');
const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const SEED = Number(process.env.NER_SEED ?? 1);
const MIN_COUNT = Number(process.env.NER_MIN_COUNT ?? 2);
const SPLIT_MODIFIERS = (process.env.NER_SPLIT_MODIFIERS ?? '1') === '1';
const CASE_AUG = Number(process.env.NER_CASE_AUG ?? 0.15);

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

/** The learned gazetteer: each phrase with the types that make up at least a quarter of its occurrences. */
function learnedGazetteer(names: Map<string, Map<string, number>>): Pick<Lexicon, 'learned' | 'learnedStarts'> {
  const learned = new Map<number, string[]>();
  const learnedStarts = new Set<number>();
  for (const [phrase, types] of names) {
    const total = [...types.values()].reduce((a, b) => a + b, 0);
    const tags = [...types].filter(([, n]) => n * 4 >= total).map(([t]) => `t${t}`).sort();
    learned.set(hashString(phrase), tags);
    const words = phrase.split(' ');
    if (words.length > 1) learnedStarts.add(hashString(words[0]));
  }
  return { learned, learnedStarts };
}

function caseVariant(words: string[], mode: 'upper' | 'lower'): string[] {
  return words.map((w) => (mode === 'upper' ? w.toUpperCase() : w.toLowerCase()));
}

function prepare(sentences: LabeledSentence[], lex: ReturnType<typeof parseLexicon>): Example[] {
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
  const lexJson = JSON.parse(readFileSync(join(MODEL_DIR, 'lexicon.json'), 'utf8')) as LexiconFile;
  const lex = parseLexicon({ ...lexJson, learned: {}, learnedStarts: [] });
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
    const foldLex: Lexicon = { ...lex, ...learnedGazetteer(countNames(trainSents, (d) => d % FOLDS !== k)) };
    train.push(...prepare(all.filter((s) => s.doc % FOLDS === k), foldLex));
  }
  const fullLearned = learnedGazetteer(countNames(trainSents, () => true));
  const fullLex: Lexicon = { ...lex, ...fullLearned };
  const dev = prepare(devSents, fullLex);
  const lexFile = JSON.parse(readFileSync(join(MODEL_DIR, 'lexicon.json'), 'utf8')) as LexiconFile;
  lexFile.learned = Object.fromEntries([...fullLearned.learned].map(([h, t]) => [h.toString(36), t.join(',')]));
  lexFile.learnedStarts = [...fullLearned.learnedStarts].map((h) => h.toString(36));
  // Drop rare static features.
  const counts = new Map<number, number>();
  for (const ex of train) for (const f of ex.prep.features) for (const h of f) counts.set(h, (counts.get(h) ?? 0) + 1);
  for (const ex of train) ex.prep.features = ex.prep.features.map((f) => f.filter((h) => counts.get(h)! >= MIN_COUNT));
  console.log(`train ${train.length} sentences (${augmented.length} case copies), dev ${dev.length}, features ${counts.size}, prepared in ${((Date.now() - t0) / 1000).toFixed(1)}s`);

  const weights = new Weights();
  const order = train.map((_, i) => i);
  let best = { f1: -1, epoch: 0, model: null as AveragedWeights | null };
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let errors = 0;
    for (const idx of order) {
      const ex = train[idx];
      decodeSentence(ex.prep.features, ex.prep.history, weights, (i, feats, pred) => {
        const gold = ex.gold[i];
        if (pred !== gold) {
          errors++;
          for (const f of feats) { weights.update(f, gold, 1); weights.update(f, pred, -1); }
        }
        weights.c++;
        return gold === pred ? pred : pred; // learn from our own history (greedy search)
      });
    }
    const avg = weights.averaged();
    const score = chunkF1(dev, avg);
    console.log(`epoch ${epoch}: ${errors} errors, dev chunk F1 ${score.f1.toFixed(4)} (P ${score.p.toFixed(4)} R ${score.r.toFixed(4)}), ${((Date.now() - t0) / 1000).toFixed(0)}s`);
    if (score.f1 > best.f1) best = { f1: score.f1, epoch, model: avg };
  }
  writeFileSync(join(MODEL_DIR, 'lexicon.json'), JSON.stringify(lexFile));
  const buf = best.model!.pack();
  writeFileSync(join(MODEL_DIR, 'model.bin'), buf);
  writeFileSync(join(MODEL_DIR, 'model.json'), JSON.stringify({ format: 'NER1', epoch: best.epoch, devChunkF1: +best.f1.toFixed(4), seed: SEED, minCount: MIN_COUNT, caseAug: CASE_AUG, splitModifiers: SPLIT_MODIFIERS, features: best.model!.rows.size }, null, 2));
  console.log(`best epoch ${best.epoch} dev chunk F1 ${best.f1.toFixed(4)}; model.bin ${(buf.length / 1e6).toFixed(1)} MB`);
}

main();
