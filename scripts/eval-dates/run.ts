/**
 * Dev harness for the date layer: runs findDates block by block over an eval file and scores it with score.mjs.
 *   node --import tsx scripts/eval-dates/run.ts [timebank|seeds] [--split dev|check|all] [--errors]
 * TimeBank is split by document: every third document (index % 3 === 2) is the "check" third, the rest is "dev".
 * Eval files are read at run time from ../shared/eval (relative to the repo); nothing from them is stored in the repo.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDates } from '../../server/src/analysis/dates/findDates';
import { tokenize } from '../../server/src/analysis/tokens/tokenize';
import { analyzeDoc as analyze, EVAL_DIR as EVAL, loadDocs, type Split } from './evalData';

const args = process.argv.slice(2);
const which = args.find((a) => !a.startsWith('--') && !/^(dev|check|all)$/.test(a)) ?? 'timebank';
const split = (args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all') as Split;
const showErrors = args.includes('--errors');
const docs = loadDocs(which === 'seeds' ? 'seeds' : 'timebank', split);

const chars = docs.reduce((a, d) => a + d.text.length, 0);
const t0 = process.hrtime.bigint();
let preds = docs.map((d) => ({ id: d.id, dates: analyze(d) }));
for (let i = 0; i < 4; i++) preds = docs.map((d) => ({ id: d.id, dates: analyze(d) })); // warm runs for timing
const secs = Number(process.hrtime.bigint() - t0) / 1e9 / 5;

// findDates alone, on pre-tokenized blocks (the tokenizer belongs to another layer).
const blocks = docs.flatMap((d) => d.text.split('\n').filter((l) => l.trim()).map((line) => ({ line, ...tokenize(line), ref: { value: d.dct ?? '2000-01-01', source: 'sidecar' as const } })));
const t1 = process.hrtime.bigint();
for (let i = 0; i < 5; i++) for (const b of blocks) findDates(b.line, b.tokens, b.sentences, b.ref);
const secsFind = Number(process.hrtime.bigint() - t1) / 1e9 / 5;

const dir = mkdtempSync(join(tmpdir(), 'eval-dates-'));
const goldPath = join(dir, 'gold.jsonl'), predPath = join(dir, 'pred.jsonl');
writeFileSync(goldPath, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
writeFileSync(predPath, preds.map((p) => JSON.stringify({ id: p.id, dates: p.dates.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })) })).join('\n') + '\n');
console.log(`${which} split=${split}: ${docs.length} documents, ${chars} chars; findDates ${Math.round(chars / secsFind)} chars/s (${(chars / secsFind / 1e6).toFixed(2)} MB/s), with tokenizer ${Math.round(chars / secs)} chars/s`);
try {
  console.log(execFileSync('node', [join(EVAL, 'score.mjs'), goldPath, predPath], { encoding: 'utf8' }).trim());
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (showErrors) {
  const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const [i, d] of docs.entries()) {
    const p = preds[i].dates;
    for (const g of d.timexes!) {
      const m = p.find((x) => ov(x, g));
      const ctx = d.text.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\n/g, ' ');
      if (!m) console.log(`MISS  ${g.type.padEnd(8)} ${JSON.stringify(g.text)} = ${g.value}  [dct ${d.dct}] …${ctx}…`);
      else if (m.value !== g.value) console.log(`VALUE ${g.type.padEnd(8)} ${JSON.stringify(g.text)} = ${g.value} got ${JSON.stringify(m.text)} = ${m.value} [dct ${d.dct}] …${ctx}…`);
    }
    for (const x of p) if (!d.timexes!.some((g) => ov(x, g))) {
      const ctx = d.text.slice(Math.max(0, x.start - 40), x.end + 30).replace(/\n/g, ' ');
      console.log(`EXTRA ${x.type.padEnd(8)} ${JSON.stringify(x.text)} = ${x.value}  …${ctx}…`);
    }
  }
}
