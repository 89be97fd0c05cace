// `npm run bench`: speed and memory figures, printed in one run (one core; quote medians, the machine is shared).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EVAL_DIR, goldFiles, ROOT } from './evalData.mjs';
import { benchArticle, keystrokeBench } from './bench/keystrokeBench.mjs';

console.log('== per layer (one process, median of 3 rounds)');
const layers = spawnSync(process.execPath, [path.join(ROOT, 'out', 'bench', 'layerBench.js'), EVAL_DIR], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(layers.stdout);

console.log('\n== CLI: analyze --jsonl over all article text in ../shared/eval');
const docs = goldFiles().flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)));
const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, dct: d.dct ?? undefined })).join('\n');
const chars = docs.reduce((n, d) => n + d.text.length, 0);
for (const model of ['neural', 'fast']) {
  const cli = await new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'out', 'cli.js'), 'analyze', '--jsonl', '--entity-model', model], { env: { ...process.env, ARTICLE_ANNOTATOR_REPORT_RUSAGE: '1' }, stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, seconds: (performance.now() - t0) / 1000, err }));
    child.stdin.end(input);
  });
  const rss = /maxRSS (\d+)/.exec(cli.err)?.[1];
  console.log(`${model.padEnd(6)} entity model: ${(chars / 1e6).toFixed(1)} M characters of article text (${docs.length} articles) in ${cli.seconds.toFixed(1)} s: ${(chars / cli.seconds / 1e6).toFixed(2)} MB/s (process start and model load included), peak memory ${rss ? `${(rss / 1024).toFixed(0)} MB` : 'unknown'}, exit ${cli.code}`);
}

for (const [size, models] of [[100_000, ['neural', 'fast']], [8_000, ['neural']]]) {
  const article = benchArticle(ROOT, EVAL_DIR, size);
  console.log(`\n== LSP: one keystroke on a ${(article.text.length / 1000).toFixed(0)} KB article of ${article.source} (didChange → semantic tokens delta), 200 edits`);
  for (const model of models) {
    const k = await keystrokeBench(ROOT, article.text, ['--entity-model', model]);
    console.log(`${model.padEnd(6)} entity model: first full analysis + tokens ${k.firstMs.toFixed(0)} ms; per keystroke median ${k.median.toFixed(1)} ms, p95 ${k.p95.toFixed(1)} ms, max ${k.max.toFixed(1)} ms`);
  }
}
