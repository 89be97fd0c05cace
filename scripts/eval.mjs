// `npm run eval`: runs `article-annotator analyze --jsonl` over every gold file in ../shared/eval/ and prints
// ../shared/eval/score.mjs's report for each. `--quick` skips the training sets.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EVAL_DIR, goldFiles, ROOT } from './evalData.mjs';
import { dateScoresByType, formatDateScoresByType } from './evalDateTypes.mjs';

const quick = process.argv.includes('--quick');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'article-annotator-eval-'));
let failed = false;
for (const gold of goldFiles()) {
  const name = path.basename(gold);
  if (quick && name.includes('.train.')) continue;
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const input = readFileSync(gold, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => { const d = JSON.parse(l); return JSON.stringify({ id: d.id, text: d.text, dct: d.dct ?? undefined }); })
    .join('\n');
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [path.join(ROOT, 'out', 'cli.js'), 'analyze', '--jsonl'], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    console.error(`${name}: analyze --jsonl failed (${run.status}):\n${run.stderr}`);
    failed = true;
    continue;
  }
  const pred = path.join(tmp, `${name}.pred.jsonl`);
  writeFileSync(pred, run.stdout);
  const score = spawnSync(process.execPath, [path.join(EVAL_DIR, 'score.mjs'), gold, pred], { encoding: 'utf8' });
  console.log(`== ${name}  (${(input.length / 1e6).toFixed(2)} MB of JSONL in ${seconds.toFixed(1)} s, whole CLI run)`);
  process.stdout.write(score.stdout);
  if (score.status !== 0) { console.error(score.stderr); failed = true; }
  const goldLines = readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  if (goldLines.some((d) => d.timexes) && !name.startsWith('seeds')) {
    const predLines = run.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    process.stdout.write(formatDateScoresByType(dateScoresByType(goldLines, predLines)));
  }
  console.log('');
}
rmSync(tmp, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
