/**
 * Measures how closely `tokenize` reproduces the CoNLL-2003 tokens of the detokenized eval text.
 *   node --import tsx scripts/train-ner/tokenAgreement.ts [train|dev]
 * Prints the share of gold tokens whose exact span is one of ours (recall), the share of ours that are gold (precision),
 * and the most frequent disagreements.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../server/src/analysis/tokens/tokenize';

const split = process.argv[2] ?? 'dev';
const file = join(__dirname, '../../../shared/eval', `conll2003.${split}.jsonl`);
let gold = 0, ours = 0, same = 0;
const misses = new Map<string, number>();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line) as { text: string; tokens: [number, number][] };
  const { tokens } = tokenize(doc.text);
  const mine = new Set(tokens.map((t) => t.start * 1e7 + t.end));
  const golds = new Set(doc.tokens.map(([s, e]) => s * 1e7 + e));
  gold += golds.size; ours += mine.size;
  for (const [s, e] of doc.tokens) {
    if (mine.has(s * 1e7 + e)) same++;
    else { const k = doc.text.slice(s, e); misses.set(k, (misses.get(k) ?? 0) + 1); }
  }
}
console.log(`${split}: gold tokens ${gold}, ours ${ours}, agreement recall ${(same / gold).toFixed(4)} precision ${(same / ours).toFixed(4)}`);
console.log([...misses].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${k}:${v}`).join('  '));
