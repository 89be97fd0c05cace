/**
 * Dev harness of the quote layer: runs findQuotes over a gold JSONL file, writes the predictions and scores them.
 *   node --import tsx scripts/eval-quotes/run.ts [GOLD=../shared/eval/polnear.dev.jsonl] [--out FILE] [--errors N]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../../server/src/analysis/quotes/findQuotes';
import { standInInput } from './buildInput';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const gold = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? join(__dirname, '../../../shared/eval/polnear.dev.jsonl');
const out = flag('--out') ?? '/tmp/quotes.pred.jsonl';
const docs = readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

let chars = 0, ms = 0;
const lines: string[] = [];
for (const d of docs) {
  const input = standInInput(d.text);
  const t0 = performance.now();
  const quotes = findQuotes(input);
  ms += performance.now() - t0;
  chars += d.text.length;
  lines.push(JSON.stringify({
    id: d.id,
    quotes: quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker && { start: q.speaker.start, end: q.speaker.end, text: q.speaker.text, entity: q.speaker.entity === null ? null : q.speaker.name } })),
  }));
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${docs.length} docs, ${chars} chars, findQuotes ${ms.toFixed(0)} ms, ${Math.round(chars / (ms / 1000))} chars/s (entities: stand-in)`);
console.log(execFileSync('node', [join(__dirname, '../../../shared/eval/score.mjs'), gold, out], { encoding: 'utf8' }));
