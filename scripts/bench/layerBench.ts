/**
 * Per-layer throughput on one core (bundled by `npm run build` into out/bench/layerBench.js, run by `npm run bench`):
 * model load times, tokens+entities over the CoNLL dev text (both entity models), dates over TimeBank/AQUAINT, quotes over PolNeAR dev,
 * and the whole pipeline; resident memory after loading.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer } from '../../server/src/analysis/analyze';
import { findDates } from '../../server/src/analysis/dates/findDates';
import { loadNeuralRecognizer } from '../../server/src/analysis/entities/neural/neuralRecognizer';
import { loadRecognizer } from '../../server/src/analysis/entities/recognizer';
import { findQuotes } from '../../server/src/analysis/quotes/findQuotes';
import { readStructure } from '../../server/src/analysis/structure/readStructure';
import { tokenize } from '../../server/src/analysis/tokens/tokenize';

const evalDir = process.argv[2];
const texts = (file: string) =>
  fs.existsSync(path.join(evalDir, file))
    ? fs.readFileSync(path.join(evalDir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; dct?: string })
    : [];

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
/** Runs `fn` over the texts `rounds` times and returns the median characters per second. */
function throughput(docs: { text: string }[], rounds: number, fn: (text: string, i: number) => void): number {
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    docs.forEach((d, i) => fn(d.text, i));
    rates.push(chars / ((performance.now() - t0) / 1000));
  }
  return median(rates);
}
const mb = (x: number) => `${(x / 1e6).toFixed(2)} MB/s`;

const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const recognizer = loadRecognizer();
const loadMs = performance.now() - t0;
const rss1 = process.memoryUsage().rss;
console.log(`ner model (fast, perceptron): loaded in ${loadMs.toFixed(0)} ms, +${((rss1 - rss0) / 1e6).toFixed(1)} MB resident`);
const t1 = performance.now();
const neural = loadNeuralRecognizer();
const neuralLoadMs = performance.now() - t1;
const rss2 = process.memoryUsage().rss;
console.log(`ner model (neural, BiLSTM-CRF): loaded in ${neuralLoadMs.toFixed(0)} ms, +${((rss2 - rss1) / 1e6).toFixed(1)} MB resident`);

const conll = texts('conll2003.dev.jsonl');
const timebank = texts('timebank-aquaint.jsonl');
const polnear = texts('polnear.dev.jsonl');
const lines = (text: string) => text.split('\n');

if (conll.length) {
  console.log(`tokenize        ${mb(throughput(conll, 3, (t) => lines(t).forEach((l) => tokenize(l))))}  (CoNLL dev, ${(conll.reduce((n, d) => n + d.text.length, 0) / 1e6).toFixed(2)} M chars)`);
  console.log(`tokens+entities ${mb(throughput(conll, 3, (t) => lines(t).forEach((l) => { const { tokens, sentences } = tokenize(l); recognizer.recognize(l, tokens, sentences); })))}  (CoNLL dev, fast model)`);
  console.log(`tokens+entities ${mb(throughput(conll, 1, (t) => lines(t).forEach((l) => { const { tokens, sentences } = tokenize(l); neural.recognize(l, tokens, sentences); })))}  (CoNLL dev, neural model, one round)`);
}
if (timebank.length) {
  const tokenized = timebank.map((d) => lines(d.text).map((l) => ({ l, ...tokenize(l) })));
  console.log(
    `dates           ${mb(throughput(timebank, 3, (_t, i) => tokenized[i].forEach(({ l, tokens, sentences }) => findDates(l, tokens, sentences, { value: timebank[i].dct ?? '2000-01-01', source: 'cli' }))))}  (TimeBank/AQUAINT, tokenized beforehand)`,
  );
}
if (polnear.length) {
  const analyzer = createAnalyzer(recognizer);
  const prepared = polnear.map((d) => analyzer.analyze(d.text));
  console.log(
    `quotes          ${mb(throughput(polnear, 3, (_t, i) => { const a = prepared[i]; findQuotes({ text: a.text, blocks: a.structure.blocks, tokens: a.tokens, sentences: a.sentences, mentions: a.mentions, entities: a.entities }); }))}  (PolNeAR dev, entities given)`,
  );
  console.log(`structure       ${mb(throughput(polnear, 3, (t) => readStructure(t)))}  (PolNeAR dev)`);
  console.log(`whole pipeline  ${mb(throughput(polnear, 3, (t) => analyzer.analyze(t)))}  (PolNeAR dev, no cache)`);
}
console.log(`resident memory after the runs: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
