/**
 * Trains the second, document-level stage (`server/models/ner/model2.bin`): a perceptron over the first stage's
 * features plus the non-local features of `documentFeatures` (what the first stage said about the same word
 * elsewhere in the document). The first-stage predictions it learns from are jackknifed: the training documents
 * are split in folds, and each fold is labelled by a first-stage model trained on the other folds, so stage 2 sees
 * first-stage outputs as good (and as bad) as on unseen text. Dev is labelled by the shipped first stage.
 *   node --max-old-space-size=6000 --import tsx scripts/train-ner/train2.ts
 * Env: NER2_OUT (output directory, default the shipped model's), NER2_EPOCHS (default 10), NER2_STAGE1_EPOCHS (default: the shipped model's epoch), and train.ts's
 * NER_SEED, NER_MIN_COUNT, NER_SPLIT_MODIFIERS, NER_CASE_AUG, NER_FOLDS.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSentence, type FeatureScorer } from '../../server/src/analysis/entities/decodeSentence';
import { addToMemory, type DocMemory, tokenTypesFromChunks, type TokenTypes } from '../../server/src/analysis/entities/docMemory';
import { documentFeatures } from '../../server/src/analysis/entities/documentFeatures';
import { labelsToChunks } from '../../server/src/analysis/entities/labelsToChunks';
import { Lexicon } from '../../server/src/analysis/entities/lexicon';
import { PackedModel } from '../../server/src/analysis/entities/packedModel';
import { withDocumentFeatures } from '../../server/src/analysis/entities/recognizer';
import { type LabeledSentence, labeledSentences, readDocs } from './loadConll';
import { type AveragedWeights, type BaseLexicon, caseVariant, chunkF1, countNames, type Example, FOLDS, learnedNames, lexiconFile, prepare, rng, Weights } from './perceptron';

const MODEL_DIR = join(__dirname, '../../server/models/ner');
/** Where model2.bin/json are written (experiments: elsewhere than the shipped model). */
const OUT_DIR = process.env.NER2_OUT ?? MODEL_DIR;
const shipped = JSON.parse(readFileSync(join(MODEL_DIR, 'model.json'), 'utf8'));
const EPOCHS = Number(process.env.NER2_EPOCHS ?? 10);
const STAGE1_EPOCHS = Number(process.env.NER2_STAGE1_EPOCHS ?? String(shipped.epoch).split('+')[0]);
const SEED = Number(process.env.NER_SEED ?? 1);
const MIN_COUNT = Number(process.env.NER_MIN_COUNT ?? 2);
const SPLIT_MODIFIERS = (process.env.NER_SPLIT_MODIFIERS ?? '1') === '1';
const CASE_AUG = Number(process.env.NER_CASE_AUG ?? 0.15);

interface Item { ex: Example; doc: number; augmented: boolean; fold: number }

/** Trains a greedy perceptron for `epochs` epochs over `examples` (shuffled by `rand`); returns the averaged weights. */
function trainPerceptron(examples: Example[], epochs: number, rand: () => number, dev?: Example[], log = ''): AveragedWeights {
  const weights = new Weights();
  const order = examples.map((_, i) => i);
  let best = { f1: -1, model: null as AveragedWeights | null, epoch: 0 };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let errors = 0;
    for (const idx of order) {
      const ex = examples[idx];
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
    if (!dev) continue;
    const avg = weights.averaged();
    const s = chunkF1(dev, avg);
    console.log(`${log} epoch ${epoch}: ${errors} errors, dev chunk F1 ${s.f1.toFixed(4)} (P ${s.p.toFixed(4)} R ${s.r.toFixed(4)})`);
    if (s.f1 > best.f1) best = { f1: s.f1, model: avg, epoch };
  }
  if (dev) { console.log(`${log} best epoch ${best.epoch}`); bestEpoch = best.epoch; bestF1 = best.f1; return best.model!; }
  return weights.averaged();
}
let bestEpoch = 0, bestF1 = 0;

/** First-stage types of every token of the items, from `scorer`'s decoding. */
function stage1Types(items: Item[], scorer: (it: Item) => FeatureScorer): TokenTypes[] {
  return items.map((it) => {
    const { labels } = decodeSentence(it.ex.prep.features, it.ex.prep.history, scorer(it));
    return tokenTypesFromChunks(labels.length, labelsToChunks(labels));
  });
}

/** Stage-2 examples: memory per document from the non-augmented sentences, document features added to each. */
function stage2Examples(items: Item[], words: string[][], types: TokenTypes[]): Example[] {
  const memories = new Map<number, DocMemory>();
  items.forEach((it, i) => {
    if (it.augmented) return;
    const m = memories.get(it.doc) ?? new Map();
    addToMemory(m, words[i], types[i]);
    memories.set(it.doc, m);
  });
  return items.map((it, i) => {
    const memory = memories.get(it.doc) ?? new Map();
    const doc = documentFeatures(words[i], types[i], 0, memory);
    return { prep: { ...it.ex.prep, features: withDocumentFeatures(it.ex.prep.features, doc) }, gold: it.ex.gold };
  });
}

function main(): void {
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(0);
  const base = JSON.parse(readFileSync(join(__dirname, '../../.cache/train/lexicon-base.json'), 'utf8')) as BaseLexicon;
  const rand = rng(SEED);
  const trainSents = labeledSentences(readDocs('conll2003.train.jsonl'), SPLIT_MODIFIERS);
  const devSents = labeledSentences(readDocs('conll2003.dev.jsonl'), SPLIT_MODIFIERS);
  const augmented: LabeledSentence[] = [];
  for (const s of trainSents) {
    if (s.words.length < 4 || rand() >= CASE_AUG) continue;
    augmented.push({ ...s, words: caseVariant(s.words, rand() < 0.7 ? 'upper' : 'lower') });
  }
  const augSet = new Set(augmented);
  const all = [...trainSents, ...augmented];
  const items: Item[] = [];
  const words: string[][] = [];
  for (let k = 0; k < FOLDS; k++) {
    const foldLex = Lexicon.fromBuffer(lexiconFile(base, learnedNames(countNames(trainSents, (d) => d % FOLDS !== k))));
    const sents = all.filter((s) => s.doc % FOLDS === k);
    prepare(sents, foldLex).forEach((ex, i) => { items.push({ ex, doc: sents[i].doc, augmented: augSet.has(sents[i]), fold: k }); words.push(sents[i].words); });
  }
  const lex = Lexicon.fromBuffer(readFileSync(join(MODEL_DIR, 'lexicon.bin')));
  const devItems: Item[] = prepare(devSents, lex).map((ex, i) => ({ ex, doc: devSents[i].doc, augmented: false, fold: -1 }));
  const counts = new Map<number, number>();
  for (const it of items) for (const f of it.ex.prep.features) for (const h of f) counts.set(h, (counts.get(h) ?? 0) + 1);
  for (const it of items) it.ex.prep.features = it.ex.prep.features.map((f) => f.filter((h) => counts.get(h)! >= MIN_COUNT));
  console.log(`train ${items.length} sentences, dev ${devItems.length}, prepared in ${secs()}s`);

  // Jackknifed first-stage labels of the training folds.
  const foldModels: AveragedWeights[] = [];
  for (let k = 0; k < FOLDS; k++) {
    foldModels.push(trainPerceptron(items.filter((it) => it.fold !== k).map((it) => it.ex), STAGE1_EPOCHS, rng(SEED * 31 + k)));
    console.log(`stage-1 fold ${k} trained (${STAGE1_EPOCHS} epochs), ${secs()}s`);
  }
  const trainTypes = stage1Types(items, (it) => foldModels[it.fold]);
  const stage1 = PackedModel.fromBuffer(readFileSync(join(MODEL_DIR, 'model.bin')));
  const devTypes = stage1Types(devItems, () => stage1);
  const train2 = stage2Examples(items, words, trainTypes);
  const dev2 = stage2Examples(devItems, devSents.map((s) => s.words), devTypes);
  console.log(`stage-1 dev chunk F1 ${chunkF1(devItems.map((it) => it.ex), stage1).f1.toFixed(4)}; stage-2 examples ready, ${secs()}s`);

  const model = trainPerceptron(train2, EPOCHS, rng(SEED * 101), dev2, 'stage 2');
  const buf = model.pack();
  writeFileSync(join(OUT_DIR, 'model2.bin'), buf);
  writeFileSync(join(OUT_DIR, 'model2.json'), JSON.stringify({ format: 'NER1', stage: 2, epoch: bestEpoch, devChunkF1: +bestF1.toFixed(4), stage1Epochs: STAGE1_EPOCHS, folds: FOLDS, seed: SEED, features: model.rows.size }, null, 2));
  console.log(`stage 2: best epoch ${bestEpoch}, dev chunk F1 ${bestF1.toFixed(4)}; model2.bin ${(buf.length / 1e6).toFixed(1)} MB, ${secs()}s`);
}

main();
