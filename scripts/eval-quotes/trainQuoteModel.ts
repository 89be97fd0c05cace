/**
 * Trains the "is this quoted segment a quotation" classifier (logistic regression, AdaGrad, L2) on PolNeAR train
 * and writes server/src/analysis/quotes/quoteModel.json. One process, one core.
 *   node --import tsx scripts/eval-quotes/trainQuoteModel.ts [TRAIN=../shared/eval/polnear.train.jsonl] [DEV=../shared/eval/polnear.dev.jsonl]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { quoteFeatures, type LinearModel } from '../../server/src/analysis/quotes/quoteFeatures';
import { readSegments } from '../../server/src/analysis/quotes/readSegments';
import { standInInput } from './buildInput';

const evalDir = join(__dirname, '../../../shared/eval');
const [trainPath = join(evalDir, 'polnear.train.jsonl'), devPath = join(evalDir, 'polnear.dev.jsonl')] = process.argv.slice(2);
const modelPath = join(__dirname, '../../server/src/analysis/quotes/quoteModel.json');

interface Example { f: string[]; y: number }
function examples(path: string): Example[] {
  const out: Example[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    const gold = new Set((d.quotes ?? []).map((q: { start: number; end: number }) => `${q.start}:${q.end}`));
    const { blocks, tokens } = standInInput(d.text);
    const read = readSegments(d.text, blocks, tokens);
    read.segments.forEach((s, i) => out.push({ f: quoteFeatures(read.contexts[i]), y: gold.has(`${s.start}:${s.end}`) ? 1 : 0 }));
  }
  return out;
}

const train = examples(trainPath);
const dev = examples(devPath);
const counts = new Map<string, number>();
for (const e of train) for (const f of new Set(e.f)) counts.set(f, (counts.get(f) ?? 0) + 1);
const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const MIN_COUNT = num('MIN_COUNT', 20), L2 = num('L2', 3e-3), RATE = 0.3, EPOCHS = num('EPOCHS', 15);
const w = new Map<string, number>(), g2 = new Map<string, number>();
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const order = train.map((_, i) => i);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  for (const idx of order) {
    const e = train[idx];
    const fs = e.f.filter((f) => (counts.get(f) ?? 0) >= MIN_COUNT);
    const p = sigmoid(fs.reduce((z, f) => z + (w.get(f) ?? 0), 0));
    const grad = p - e.y;
    for (const f of fs) {
      const g = grad + L2 * (w.get(f) ?? 0);
      const acc = (g2.get(f) ?? 1e-8) + g * g;
      g2.set(f, acc);
      w.set(f, (w.get(f) ?? 0) - (RATE * g) / Math.sqrt(acc));
    }
  }
}
const weights: Record<string, number> = {};
for (const [f, v] of [...w.entries()].sort()) if (Math.abs(v) >= 0.01) weights[f] = +v.toFixed(4);
const score = (ex: Example[], threshold: number) => {
  let tp = 0, fp = 0, fn = 0;
  for (const e of ex) {
    const yes = e.f.reduce((z, f) => z + (weights[f] ?? 0), 0) >= threshold;
    if (yes && e.y) tp++; else if (yes) fp++; else if (e.y) fn++;
  }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { p: +p.toFixed(4), r: +r.toFixed(4), f1: +((2 * p * r) / (p + r || 1)).toFixed(4), tp, fp, fn };
};
// the threshold that maximizes F1 on train (quotations outnumber the rest, so recall weighs)
let best = { threshold: 0, f1: 0 };
for (let th = -4; th <= 2; th += 0.1) { const s = score(train, th); if (s.f1 > best.f1) best = { threshold: +th.toFixed(2), f1: s.f1 }; }
const model: LinearModel = { threshold: best.threshold, weights };
writeFileSync(modelPath, JSON.stringify(model, null, 0) + '\n');
console.log(`segments: train ${train.length}, dev ${dev.length}; features kept ${Object.keys(weights).length}; threshold ${best.threshold}`);
for (let th = -3; th <= 1; th += 0.5) console.log(`  dev at ${th}`, score(dev, th));
console.log('train', score(train, best.threshold), '\ndev  ', score(dev, best.threshold), '\ndev keep-all', score(dev, -1e9));
