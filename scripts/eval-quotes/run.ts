/**
 * Dev harness of the quote layer: runs findQuotes over a gold JSONL file, writes the predictions and scores them,
 * and prints findQuotes' own speed. Entities come from the real pipeline, or (with --stand-in)
 * from a crude stand-in.
 *   node --import tsx scripts/eval-quotes/run.ts [GOLD=../shared/eval/polnear.dev.jsonl] [--out FILE] [--stand-in]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../../server/src/analysis/quotes/findQuotes';
import type { QuoteInput } from '../../server/src/analysis/quotes/findQuotes';
import { createAnalyzer } from '../../server/src/analysis/analyze';
import { standInInput } from './buildInput';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const gold = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? join(__dirname, '../../../shared/eval/polnear.dev.jsonl');
const out = flag('--out') ?? '/tmp/quotes.pred.jsonl';
// entities from the real pipeline, unless --stand-in
const analyzer = args.includes('--stand-in') ? null : createAnalyzer();
const analyze: ((text: string) => QuoteInput) | null = analyzer
  ? (text) => {
      const a = analyzer.analyze(text);
      return { text, blocks: a.structure.blocks, tokens: a.tokens, sentences: a.sentences, mentions: a.mentions, entities: a.entities };
    }
  : null;
const docs = readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

let chars = 0, ms = 0;
const lines: string[] = [];
for (const d of docs) {
  const input = analyze ? analyze(d.text) : standInInput(d.text);
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
console.log(`${docs.length} docs, ${chars} chars, findQuotes ${ms.toFixed(0)} ms, ${Math.round(chars / (ms / 1000))} chars/s (entities: ${analyze ? 'pipeline' : 'stand-in'})`);
console.log(execFileSync('node', [join(__dirname, '../../../shared/eval/score.mjs'), gold, out], { encoding: 'utf8' }));
