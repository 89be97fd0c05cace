/**
 * Runs tokenize + recognize (per line, as the pipeline does per block) and harmonizeTypes over conll2003.dev and the
 * seeds, writes the predictions to .cache/ner/ and scores them with ../shared/eval/score.mjs. Prints the model load
 * time and the speed of each part.
 *   node --import tsx scripts/train-ner/evalDev.ts [dev|seeds|train]... [--no-consistency] [--neural[=modelDir]]
 * `--neural` runs the neural tagger (server/models/ner-neural, or the given folder) instead of the perceptron;
 * `--ensemble=W` the neural tagger with the perceptron's labels as a prior of weight W on its emissions.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { harmonizeTypes } from '../../server/src/analysis/entities/consistency';
import { loadEnsembleRecognizer } from '../../server/src/analysis/entities/neural/ensembleRecognizer';
import { loadNeuralRecognizer } from '../../server/src/analysis/entities/neural/neuralRecognizer';
import { loadRecognizer } from '../../server/src/analysis/entities/recognizer';
import { tokenize } from '../../server/src/analysis/tokens/tokenize';
import type { RawMention, Token } from '../../server/src/analysis/types';
import { docLines, EVAL_DIR, readDocs } from './loadConll';

const FILES: Record<string, string> = { dev: 'conll2003.dev.jsonl', seeds: 'seeds.gold.jsonl', train: 'conll2003.train.jsonl' };
const args = process.argv.slice(2);
const splits = args.filter((a) => !a.startsWith('--'));
const consistency = !args.includes('--no-consistency');
const neuralArg = args.find((a) => a === '--neural' || a.startsWith('--neural='));
const neural = neuralArg !== undefined;
const ensembleArg = args.find((a) => a.startsWith('--ensemble='));
const OUT = join(__dirname, '../../.cache/ner');
mkdirSync(OUT, { recursive: true });

const t0 = performance.now();
const neuralDir = neuralArg?.includes('=') ? neuralArg.slice('--neural='.length) : undefined;
const recognizer = ensembleArg
  ? loadEnsembleRecognizer(Number(ensembleArg.slice('--ensemble='.length)), neuralDir)
  : neural ? loadNeuralRecognizer(neuralDir) : loadRecognizer();
console.log(`model loaded in ${(performance.now() - t0).toFixed(0)} ms`);
const variant = (ensembleArg ? '.ensemble' : neural ? '.neural' : '') + (consistency ? '' : '.local');
for (const split of splits.length ? splits : ['dev', 'seeds']) {
  const docs = readDocs(FILES[split]);
  const lines: string[] = [];
  let chars = 0, stage1Ms = 0, docMs = 0;
  docs.forEach((doc, di) => {
    const t1 = performance.now();
    const mentions: RawMention[] = [];
    const allTokens: Token[] = [];
    for (const line of docLines(doc, di)) {
      const { tokens, sentences } = tokenize(line.text);
      chars += line.text.length;
      for (const m of recognizer.recognize(line.text, tokens, sentences)) mentions.push({ ...m, start: m.start + line.offset, end: m.end + line.offset });
      for (const t of tokens) allTokens.push({ ...t, start: t.start + line.offset, end: t.end + line.offset });
    }
    const t2 = performance.now();
    const final = consistency ? harmonizeTypes(doc.text, mentions, allTokens, recognizer.gazetteer) : mentions;
    stage1Ms += t2 - t1;
    docMs += performance.now() - t2;
    lines.push(JSON.stringify({ id: doc.id, entities: final.map((m) => ({ start: m.start, end: m.end, type: m.type, text: doc.text.slice(m.start, m.end) })) }));
  });
  const predFile = join(OUT, `${split}${variant}.pred.jsonl`);
  writeFileSync(predFile, lines.join('\n') + '\n');
  const mb = chars / 1e6;
  const rate = (ms: number) => (mb / (ms / 1000)).toFixed(2);
  console.log(`== ${split}${consistency ? '' : ' (no consistency)'}: ${docs.length} docs, ${mb.toFixed(2)} MB; tokenize+recognize ${(stage1Ms / 1000).toFixed(2)} s (${rate(stage1Ms)} MB/s), with the document pass ${((stage1Ms + docMs) / 1000).toFixed(2)} s (${rate(stage1Ms + docMs)} MB/s)`);
  console.log(execFileSync('node', [join(EVAL_DIR, 'score.mjs'), join(EVAL_DIR, FILES[split]), predFile], { encoding: 'utf8' }));
}
