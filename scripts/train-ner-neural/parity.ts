/**
 * Parity of the TypeScript inference with PyTorch: tags the dev sentences (our tokens) with the exported model and
 * compares with the labels train.py wrote for the same model (.cache/ner-neural/dev.pred.json; `train.py --predict
 * DIR` rewrites it from the exported files alone). Prints the share of identical label sequences and of identical labels.
 *   node --import tsx scripts/train-ner-neural/parity.ts [modelDir]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNeuralModel } from '../../server/src/analysis/entities/neural/neuralRecognizer';
import { tagSentence } from '../../server/src/analysis/entities/neural/tagSentence';
import { labeledSentences, readDocs } from '../train-ner/loadConll';

const dir = process.argv[2];
const model = loadNeuralModel(dir);
const expected = JSON.parse(readFileSync(join(__dirname, '../../.cache/ner-neural/dev.pred.json'), 'utf8')) as number[][];
const dev = labeledSentences(readDocs('conll2003.dev.jsonl'), true);
if (dev.length !== expected.length) throw new Error(`dev has ${dev.length} sentences, dev.pred.json ${expected.length}`);
let same = 0, tokens = 0, sameTokens = 0;
const t0 = performance.now();
dev.forEach((s, i) => {
  const { labels } = tagSentence(model.tagger, model.lexicon, s.words);
  let ok = true;
  for (let t = 0; t < labels.length; t++) {
    tokens++;
    if (labels[t] === expected[i][t]) sameTokens++;
    else ok = false;
  }
  if (ok) same++;
});
console.log(`identical label sequences: ${same}/${dev.length} (${((100 * same) / dev.length).toFixed(2)} %); identical labels ${((100 * sameTokens) / tokens).toFixed(3)} %; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
