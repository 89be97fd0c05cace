/**
 * Runs tokenize + recognize (per line, as the pipeline does per block), the second, document-level stage (per
 * document, when the model has one) and harmonizeTypes over conll2003.dev and the seeds, writes the predictions to
 * .cache/ner/ and scores them with ../shared/eval/score.mjs. Prints the model load time and the speed of each part.
 *   node --import tsx scripts/train-ner/evalDev.ts [dev|seeds|train]... [--no-consistency] [--no-stage2]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { harmonizeTypes } from '../../server/src/analysis/entities/consistency';
import { runDocumentStage } from '../../server/src/analysis/entities/documentStage';
import { loadRecognizer } from '../../server/src/analysis/entities/recognizer';
import { tokenize } from '../../server/src/analysis/tokens/tokenize';
import type { RawMention, Sentence, Span, Token } from '../../server/src/analysis/types';
import { docLines, EVAL_DIR, readDocs } from './loadConll';

const FILES: Record<string, string> = { dev: 'conll2003.dev.jsonl', seeds: 'seeds.gold.jsonl', train: 'conll2003.train.jsonl' };
const args = process.argv.slice(2);
const splits = args.filter((a) => !a.startsWith('--'));
const consistency = !args.includes('--no-consistency');
const stage2 = !args.includes('--no-stage2');
const OUT = join(__dirname, '../../.cache/ner');
mkdirSync(OUT, { recursive: true });

const t0 = performance.now();
const recognizer = loadRecognizer();
console.log(`model loaded in ${(performance.now() - t0).toFixed(0)} ms (second stage: ${recognizer.recognizeInDocument ? 'yes' : 'no'})`);
const variant = `${stage2 ? '' : '.stage1'}${consistency ? '' : '.local'}`;
for (const split of splits.length ? splits : ['dev', 'seeds']) {
  const docs = readDocs(FILES[split]);
  const lines: string[] = [];
  let chars = 0, stage1Ms = 0, stage2Ms = 0;
  docs.forEach((doc, di) => {
    const t1 = performance.now();
    const mentions: RawMention[] = [];
    const allTokens: Token[] = [];
    const allSentences: Sentence[] = [];
    const blocks: Span[] = [];
    for (const line of docLines(doc, di)) {
      const { tokens, sentences } = tokenize(line.text);
      chars += line.text.length;
      blocks.push({ start: line.offset, end: line.offset + line.text.length });
      for (const m of recognizer.recognize(line.text, tokens, sentences)) mentions.push({ ...m, start: m.start + line.offset, end: m.end + line.offset });
      const base = allTokens.length;
      for (const t of tokens) allTokens.push({ ...t, start: t.start + line.offset, end: t.end + line.offset });
      for (const s of sentences) allSentences.push({ start: s.start + line.offset, end: s.end + line.offset, firstToken: s.firstToken + base, endToken: s.endToken + base });
    }
    const t2 = performance.now();
    const staged = stage2 ? runDocumentStage(doc.text, blocks, allTokens, allSentences, mentions, recognizer) : mentions;
    const final = consistency ? harmonizeTypes(doc.text, staged, allTokens) : staged;
    stage1Ms += t2 - t1;
    stage2Ms += performance.now() - t2;
    lines.push(JSON.stringify({ id: doc.id, entities: final.map((m) => ({ start: m.start, end: m.end, type: m.type, text: doc.text.slice(m.start, m.end) })) }));
  });
  const predFile = join(OUT, `${split}${variant}.pred.jsonl`);
  writeFileSync(predFile, lines.join('\n') + '\n');
  const mb = chars / 1e6;
  const rate = (ms: number) => (mb / (ms / 1000)).toFixed(2);
  console.log(`== ${split}${stage2 ? '' : ' (stage 1 only)'}${consistency ? '' : ' (no consistency)'}: ${docs.length} docs, ${mb.toFixed(2)} MB; tokenize+stage 1 ${(stage1Ms / 1000).toFixed(2)} s (${rate(stage1Ms)} MB/s), whole path ${((stage1Ms + stage2Ms) / 1000).toFixed(2)} s (${rate(stage1Ms + stage2Ms)} MB/s)`);
  console.log(execFileSync('node', [join(EVAL_DIR, 'score.mjs'), join(EVAL_DIR, FILES[split]), predFile], { encoding: 'utf8' }));
}
