/**
 * Speed of the recognizer on conll2003.dev text, one core: tokenize + stage 1 (per line) and the whole path with
 * the document stage (per document, no block memo), after a warm-up pass; a freshly loaded model for each pass.
 * Times are this process's CPU time (user + system), steadier than wall time on a shared machine. Prints MB/s (UTF-16 code units).
 *   node --import tsx scripts/train-ner/benchNer.ts [passes]
 * Profile: npx esbuild scripts/train-ner/benchNer.ts --bundle --platform=node --outfile=.cache/ner/bench.js &&
 *          node --cpu-prof --cpu-prof-dir=.cache/ner/prof .cache/ner/bench.js
 */
import { runDocumentStage } from '../../server/src/analysis/entities/documentStage';
import { loadRecognizer } from '../../server/src/analysis/entities/recognizer';
import { tokenize } from '../../server/src/analysis/tokens/tokenize';
import type { RawMention, Sentence, Span, Token } from '../../server/src/analysis/types';
import { docLines, readDocs } from './loadConll';

const passes = Number(process.argv[2] ?? 3);
const t0 = performance.now();
const load = () => loadRecognizer(process.env.NER_MODEL_DIR);
let recognizer = load();
console.log(`model loaded in ${(performance.now() - t0).toFixed(0)} ms`);
const docs = readDocs('conll2003.dev.jsonl');
const chars = docs.reduce((n, d) => n + d.text.length, 0);

function run(stage2: boolean): number {
  let found = 0;
  docs.forEach((doc, di) => {
    const mentions: RawMention[] = [];
    const allTokens: Token[] = [];
    const allSentences: Sentence[] = [];
    const blocks: Span[] = [];
    for (const line of docLines(doc, di)) {
      const { tokens, sentences } = tokenize(line.text);
      blocks.push({ start: line.offset, end: line.offset + line.text.length });
      for (const m of recognizer.recognize(line.text, tokens, sentences)) mentions.push({ ...m, start: m.start + line.offset, end: m.end + line.offset });
      if (!stage2) continue;
      const base = allTokens.length;
      for (const t of tokens) allTokens.push({ ...t, start: t.start + line.offset, end: t.end + line.offset });
      for (const s of sentences) allSentences.push({ start: s.start + line.offset, end: s.end + line.offset, firstToken: s.firstToken + base, endToken: s.endToken + base });
    }
    found += stage2 ? runDocumentStage(doc.text, blocks, allTokens, allSentences, mentions, recognizer).length : mentions.length;
  });
  return found;
}

for (const stage2 of [false, true]) {
  run(stage2);
  let found = 0;
  let ms = 0;
  for (let p = 0; p < passes; p++) {
    recognizer = load(); // fresh memos each pass: no sentence is already prepared from a previous pass
    const t = process.cpuUsage();
    found = run(stage2);
    const used = process.cpuUsage(t);
    ms += (used.user + used.system) / 1000;
  }
  const secs = ms / 1000;
  console.log(`${stage2 ? 'stage 1+2' : 'stage 1  '}: ${(chars / 1e6).toFixed(2)} MB × ${passes} in ${secs.toFixed(2)} s CPU = ${((chars * passes) / 1e6 / secs).toFixed(2)} MB/s (${found} mentions)`);
}
