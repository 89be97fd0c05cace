/**
 * Runs tokenize + recognize (per line, as the pipeline does per block) + harmonizeTypes (per document) over
 * conll2003.dev and the seeds, writes the predictions to .cache/ner/ and scores them with ../shared/eval/score.mjs.
 *   node --import tsx scripts/train-ner/evalDev.ts [dev|seeds|train]... [--no-consistency]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { harmonizeTypes } from '../../server/src/analysis/entities/consistency';
import { loadRecognizer } from '../../server/src/analysis/entities/recognizer';
import { tokenize } from '../../server/src/analysis/tokens/tokenize';
import type { RawMention, Token } from '../../server/src/analysis/types';
import { docLines, EVAL_DIR, readDocs } from './loadConll';

const FILES: Record<string, string> = { dev: 'conll2003.dev.jsonl', seeds: 'seeds.gold.jsonl', train: 'conll2003.train.jsonl' };
const args = process.argv.slice(2);
const splits = args.filter((a) => !a.startsWith('--'));
const consistency = !args.includes('--no-consistency');
const OUT = join(__dirname, '../../.cache/ner');
mkdirSync(OUT, { recursive: true });

const t0 = performance.now();
const recognizer = loadRecognizer();
console.log(`model loaded in ${(performance.now() - t0).toFixed(0)} ms`);
for (const split of splits.length ? splits : ['dev', 'seeds']) {
  const docs = readDocs(FILES[split]);
  const lines: string[] = [];
  let chars = 0;
  const t1 = performance.now();
  docs.forEach((doc, di) => {
    const mentions: RawMention[] = [];
    const allTokens: Token[] = [];
    for (const line of docLines(doc, di)) {
      const { tokens, sentences } = tokenize(line.text);
      chars += line.text.length;
      for (const m of recognizer.recognize(line.text, tokens, sentences)) mentions.push({ ...m, start: m.start + line.offset, end: m.end + line.offset });
      for (const t of tokens) allTokens.push({ ...t, start: t.start + line.offset, end: t.end + line.offset });
    }
    const final = consistency ? harmonizeTypes(doc.text, mentions, allTokens) : mentions;
    lines.push(JSON.stringify({ id: doc.id, entities: final.map((m) => ({ start: m.start, end: m.end, type: m.type, text: doc.text.slice(m.start, m.end) })) }));
  });
  const secs = (performance.now() - t1) / 1000;
  const predFile = join(OUT, `${split}${consistency ? '' : '.local'}.pred.jsonl`);
  writeFileSync(predFile, lines.join('\n') + '\n');
  console.log(`== ${split}${consistency ? '' : ' (no consistency)'}: ${docs.length} docs, ${(chars / 1e6).toFixed(2)} MB in ${secs.toFixed(1)} s (${(chars / 1e6 / secs).toFixed(2)} MB/s)`);
  console.log(execFileSync('node', [join(EVAL_DIR, 'score.mjs'), join(EVAL_DIR, FILES[split]), predFile], { encoding: 'utf8' }));
}
