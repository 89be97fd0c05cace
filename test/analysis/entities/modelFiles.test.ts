import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashContinue, hashString } from '../../../server/src/analysis/entities/hashFeature';
import { labelIndex } from '../../../server/src/analysis/entities/labels';
import { labelsToChunks } from '../../../server/src/analysis/entities/labelsToChunks';
import { encodeLexicon, extendPhrase, Lexicon } from '../../../server/src/analysis/entities/lexicon';
import { PackedModel } from '../../../server/src/analysis/entities/packedModel';
import { shortShape, wordShape } from '../../../server/src/analysis/entities/wordShape';

test('continues a hash over more text exactly as hashing the whole string', () => {
  assert.equal(hashContinue(hashString('south'), ' korea'), hashString('south korea'));
  assert.equal(extendPhrase(hashString('minjoo party'), 'of'), hashString('minjoo party of'));
});

test('reads back the word classes and gazetteer phrases it encoded, by hash only', () => {
  const lex = Lexicon.fromBuffer(
    encodeLexicon(new Map([['seoul', [1, 20, 300]], ['kang', [2, 30, 400]]]), new Map([['south korea', ['country' as const]], ['seoul', ['city' as const, 'tLOC' as const]]])),
  );
  const seoul = lex.wordIndex(hashString('seoul'));
  assert.ok(seoul >= 0);
  assert.deepEqual([0, 1, 2].map((l) => lex.classId(seoul, l)), [1, 20, 300]);
  assert.equal(lex.wordIndex(hashString('beijing')), -1);
  assert.ok(lex.tags(hashString('south korea')) !== 0);
  assert.ok(lex.startsPhrase(hashString('south')));
  assert.equal(lex.tags(hashString('north korea')), 0);
  assert.equal(lex.tags(hashString('seoul')).toString(2).split('1').length - 1, 2);
});

test('scores features through the packed weights and ignores unknown ones', () => {
  const keys = Uint32Array.from([5, 17, 123456789]);
  const weights = new Int16Array(3 * 2);
  weights.set([100, -100, 0, 50, 7, 7]);
  const model = PackedModel.fromBuffer(PackedModel.toBuffer(keys, weights, 2, 0.5));
  const scores = new Float64Array(2);
  for (const f of [5, 17, 99]) model.addScores(f, scores);
  assert.deepEqual([...scores], [50, -25]);
});

test('reads IOB2 labels into typed chunks, a stray I- starting one', () => {
  const l = ['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'B-ORG', 'I-ORG'].map(labelIndex);
  assert.deepEqual(labelsToChunks(l), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'ORG' },
    { start: 5, end: 7, type: 'ORG' },
  ]);
});

test('describes the shape of hyphenated Korean names and acronyms', () => {
  assert.equal(wordShape('Kyung-wha'), 'Xxxxx-xxx');
  assert.equal(shortShape('Kyung-wha'), 'Xx-x');
  assert.equal(shortShape('THAAD'), 'X');
  assert.equal(shortShape('1996-08-22'), 'd-d-d');
  assert.equal(shortShape('Éric'), 'Xx');
});
