import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { lowerCaseCompanies } from '../../../server/src/analysis/entities/lowerCaseCompanies';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

const names = (text: string, ms: RawMention[]) => shown(text, lowerCaseCompanies(text, ms));
const analyzer = createAnalyzer();
const all = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('a lower-case coined name that speaks, reports or has a company post is a company ("eBay said", "iFlytek chairman")', () => {
  const text = 'eBay said it would cut 1,000 jobs. iFlytek chairman Liu Qingfeng unveiled the model.';
  assert.deepEqual(names(text, [at(text, 'Liu Qingfeng', 'person')]), ['eBay/organization', 'iFlytek/organization', 'Liu Qingfeng/person']);
});

test('a kind of company right before a lower-case coined name makes it one ("AI firm iFlytek", "the marketplace eBay")', () => {
  const text = 'Chinese AI firm iFlytek on Tuesday released a new model, and the online marketplace eBay listed it.';
  assert.deepEqual(names(text, [at(text, 'Chinese', 'misc')]), ['Chinese/misc', 'iFlytek/organization', 'eBay/organization']);
});

test('an owner\'s possessive before a lower-case coined name with no noun after it names a company ("Musk\'s xAI raised")', () => {
  const text = "Musk's xAI raised 6 billion dollars, and Baidu's iQiyi, which streams dramas, grew.";
  assert.deepEqual(names(text, [at(text, 'Musk', 'person'), at(text, 'xAI', 'misc'), at(text, 'Baidu', 'organization')]),
    ['Musk/person', 'xAI/organization', 'Baidu/organization', 'iQiyi/organization']);
});

test('written terms and Apple products of the same form stay as they are ("Moderna\'s mRNA vaccine", "Apple\'s iPhone sales")', () => {
  const text = "Moderna's mRNA vaccine was approved. EHang's eVTOL aircraft flew. Apple's iPhone sales rose.";
  assert.deepEqual(names(text, [at(text, 'Moderna', 'organization'), at(text, 'EHang', 'organization'), at(text, 'Apple', 'organization')]),
    ['Moderna/organization', 'EHang/organization', 'Apple/organization']);
});

test('the whole pipeline finds a lower-case company the tagger misses, and its repetitions', () => {
  assert.deepEqual(all('Chinese tech firm iFlytek unveiled a model in Hefei. Shares of iFlytek rose 4 percent.'),
    ['Chinese/misc', 'iFlytek/organization', 'Hefei/location', 'iFlytek/organization']);
});
