/**
 * Trains the greedy averaged-perceptron entity tagger on conll2003.train (seeded), picks the epoch by dev F1 and
 * writes `server/models/ner/model.bin` and `lexicon.bin`. Needs `.cache/train/lexicon-base.json` (buildLexicon.ts).
 *   node --max-old-space-size=4000 --import tsx scripts/train-ner/train.ts
 * Env: NER_EPOCHS (default 12), NER_RUNS (1), NER_SEED (1), NER_MIN_COUNT (2), NER_SPLIT_MODIFIERS (1), NER_CASE_AUG (0.15).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexicon } from '../../server/src/analysis/entities/lexicon';
import { labeledSentences, readDocs, type LabeledSentence } from './loadConll';
import { type AveragedWeights, averageModels, type BaseLexicon, caseVariant, chunkF1, countNames, type Example, FOLDS, learnedNames, lexiconFile, prepare, rng, Weights } from './perceptron';
import { decodeSentence } from '../../server/src/analysis/entities/decodeSentence';

const MODEL_DIR = join(__dirname, '../../server/models/ner');
const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const SEED = Number(process.env.NER_SEED ?? 1);
const MIN_COUNT = Number(process.env.NER_MIN_COUNT ?? 2);
const SPLIT_MODIFIERS = (process.env.NER_SPLIT_MODIFIERS ?? '1') === '1';
const CASE_AUG = Number(process.env.NER_CASE_AUG ?? 0.15);
const RUNS = Number(process.env.NER_RUNS ?? 1);

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
