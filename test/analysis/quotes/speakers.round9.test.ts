import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const quotesOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs));
const speakerOf = (text: string, specs: EntitySpec[], i = 0) => quotesOf(text, specs)[i]?.speaker;

test('a next sentence that only credits the quotation names its speaker: "Those were the words of X, …"', () => {
  const ZHANG: EntitySpec = { name: 'Zhang Wei', type: 'person', forms: ['Zhang Wei'] };
  const text = '"We will never give up." Those were the words of Zhang Wei, a volunteer who spent three days searching the rubble after the earthquake.';
  assert.equal(speakerOf(text, [ZHANG])?.name, 'Zhang Wei');
});

test('"So said X …" after a quotation names its speaker, however long the sentence runs', () => {
  const QUAN: EntitySpec = { name: 'Quan Hongchan', type: 'person', forms: ['Quan Hongchan'] };
  const s = speakerOf('"I just wanted to enjoy the dive." So said gold medallist Quan Hongchan after her near-perfect final at the Paris Aquatics Centre.', [QUAN]);
  assert.equal(s?.text, 'gold medallist Quan Hongchan');
  assert.equal(s?.name, 'Quan Hongchan');
});
