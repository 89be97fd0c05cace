import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crfDecode } from '../../../server/src/analysis/entities/neural/crfDecode';
import { loadNeuralModel, loadNeuralRecognizer } from '../../../server/src/analysis/entities/neural/neuralRecognizer';
import { tagSentence, type WordProjectionCache } from '../../../server/src/analysis/entities/neural/tagSentence';
import { isShouted } from '../../../server/src/analysis/entities/isShouted';
import { caseClass, gazetteerBits } from '../../../server/src/analysis/entities/neural/tokenInputs';
import { UNK_ROW } from '../../../server/src/analysis/entities/neural/wordVocab';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';

const recognizer = loadNeuralRecognizer();
const model = loadNeuralModel();

/** Mentions of one block as "text/type". */
function entities(text: string): string[] {
  const { tokens, sentences } = tokenize(text);
  return recognizer.recognize(text, tokens, sentences).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

test('finds the Korean foreign minister Kang Kyung-wha as one person and Beijing as a place', () => {
  const found = entities('Chinese Foreign Minister Wang Yi urged South Korea to continue to properly handle the issue during a meeting with his South Korean counterpart Kang Kyung-wha in Beijing on Wednesday.');
  assert.ok(found.includes('Kang Kyung-wha/person'), found.join(' '));
  assert.ok(found.includes('Wang Yi/person'), found.join(' '));
  assert.ok(found.includes('Beijing/location'), found.join(' '));
  assert.ok(found.includes('South Korea/location'), found.join(' '));
});

test('types the Minjoo Party of Korea as an organization, not a place', () => {
  const found = entities('Chinese Foreign Minister Wang Yi met with a delegation of the opposition Minjoo Party of Korea.');
  assert.ok(found.includes('Minjoo Party of Korea/organization'), found.join(' '));
  assert.ok(!found.includes('Korea/location'), found.join(' '));
});

test('never ends a mention with the possessive \'s', () => {
  const found = entities("Beijing attaches importance to Seoul's pledge that it will not participate in the missile defense networks.");
  assert.ok(found.includes('Seoul/location'), found.join(' '));
  assert.ok(found.every((m) => !m.includes("'s/")), found.join(' '));
});

test('gives detected mentions a confidence between 0 and 1 and offsets into the block', () => {
  const text = 'Responding to Wang, Song Young-gil, the leader of the delegation and also former mayor of Incheon, said that his party highly values the relationship.';
  const { tokens, sentences } = tokenize(text);
  const mentions = recognizer.recognize(text, tokens, sentences);
  assert.ok(mentions.length >= 2);
  for (const m of mentions) {
    assert.equal(m.origin, 'detected');
    const score = m.score ?? -1;
    assert.ok(score > 0 && score <= 1, String(score));
    assert.ok(tokens.some((t) => t.start === m.start) && tokens.some((t) => t.end === m.end));
  }
});

test('tags a sentence the same with and without the per-word memo', () => {
  const words = tokenize('Large numbers of South Koreans rallied against the risky move for weeks following the announcement by Seoul.').tokens.map((t) => t.text);
  const cache: WordProjectionCache = new Map();
  const plain = tagSentence(model.tagger, model.lexicon, words);
  tagSentence(model.tagger, model.lexicon, words, cache);
  const memo = tagSentence(model.tagger, model.lexicon, words, cache);
  assert.deepEqual([...memo.labels], [...plain.labels]);
  assert.ok(cache.size > 0);
});

test('classifies casing: lower, Capitalized, UPPER, mixed, number, alphanumeric, punctuation', () => {
  assert.deepEqual(['handle', 'Seongju', 'THAAD', 'McDonald', '2017', 'US-led', 'F-16', '.'].map(caseClass), [1, 2, 3, 4, 5, 4, 6, 7]);
});

test('marks a multi-word country of the gazetteers as starting on its first word and continuing on the second', () => {
  const bits = gazetteerBits(['in', 'South', 'Korea', 'today'], model.lexicon);
  const country = 0; // first gazetteer tag of the lexicon
  assert.ok(bits[1] & (1 << (2 * country)));
  assert.ok(bits[2] & (1 << (2 * country + 1)));
  assert.equal(bits[0] & 3, 0);
});

test('sees a headline in capitals as shouted, a normal sentence not', () => {
  assert.ok(isShouted('CHINA URGES SOUTH KOREA TO HANDLE THAAD ISSUE'.split(' ')));
  assert.ok(!isShouted('China urges South Korea to continue to properly handle THAAD issue'.split(' ')));
});

test('looks words up case-insensitively and sends unseen words to the unknown row', () => {
  const v = model.tagger.vocab;
  assert.equal(v.row('Beijing'), v.row('beijing'));
  assert.notEqual(v.row('beijing'), UNK_ROW);
  assert.equal(v.row('qzxqzxvvq'), UNK_ROW);
});

test('the CRF marginals of the decoded tags are those of summing over every tag sequence', () => {
  // three tokens, three tags, start/end scores and large transitions: brute force over the 27 sequences
  const K = 3, n = 3;
  const em = Float32Array.from([1.5, -0.5, 0.2, 0.1, 2.0, -1.0, -0.3, 0.4, 1.1]);
  const trans = Float32Array.from([0.5, -2, 1, 3, 0, -40, -1, 2.5, 0.2]);
  const start = Float32Array.from([0.3, -0.2, 0]), end = Float32Array.from([0, 0.7, -0.4]);
  const { tags, confidence } = crfDecode(em, n, K, trans, start, end);
  const score = (y: number[]) => start[y[0]] + end[y[n - 1]] + y.reduce((s, b, t) => s + em[t * K + b] + (t > 0 ? trans[y[t - 1] * K + b] : 0), 0);
  let z = 0;
  const mass = [0, 0, 0];
  for (let a = 0; a < K; a++) for (let b = 0; b < K; b++) for (let c = 0; c < K; c++) {
    const y = [a, b, c], w = Math.exp(score(y));
    z += w;
    y.forEach((tag, t) => { if (tag === tags[t]) mass[t] += w; });
  }
  for (let t = 0; t < n; t++) assert.ok(Math.abs(confidence[t] - mass[t] / z) < 1e-9, `token ${t}: ${confidence[t]} vs ${mass[t] / z}`);
});

test('the CRF decoder follows the transitions and its marginals are probabilities', () => {
  // two tags; tag 1 may not follow tag 0 (large negative transition), emissions favour 0 then 1
  const em = Float32Array.from([2, 0, 0, 1]);
  const trans = Float32Array.from([0, -100, 0, 0]);
  const zero = new Float32Array(2);
  const { tags, confidence } = crfDecode(em, 2, 2, trans, zero, zero);
  assert.deepEqual([...tags], [0, 0]);
  for (const c of confidence) assert.ok(c > 0.5 && c <= 1 + 1e-9);
  const free = crfDecode(em, 2, 2, new Float32Array(4), zero, zero);
  assert.deepEqual([...free.tags], [0, 1]);
});
