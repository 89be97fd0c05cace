import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const said = (text: string) => findQuotes(quoteInput(text)).map((q) => [q.text, q.speaker?.text ?? null]);

test('the subject of a relative clause that reports a partial quotation speaks, not the noun the clause hangs on', () => {
  assert.deepEqual(said('The pact, which negotiators called "a breakthrough for the region," takes effect in July.'), [['"a breakthrough for the region,"', 'negotiators']]);
});

test('a name given by a participle with no subject of its own has no speaker: not the thing named', () => {
  assert.deepEqual(said('The rover, dubbed "the desert explorer," landed on Tuesday.'), [['"the desert explorer,"', null]]);
  assert.deepEqual(said('The new bridge, often called the "pearl of the bay," opened to traffic in May.').map((q) => q[1]), [null]);
});

test('"called" with its own subject before the quotation still reports it', () => {
  assert.deepEqual(said('The foreign minister called the talks "frank and productive."'), [['"frank and productive."', 'The foreign minister']]);
  assert.deepEqual(said('The accord, which she called "long overdue," was signed on Monday.'), [['"long overdue,"', 'she']]);
});

test('a naming verb after its subject and an auxiliary or a time phrase is active: that subject speaks', () => {
  assert.deepEqual(said('The senator, whom the mayor on Monday called "a true friend of the city," will retire.').map((q) => q[1]), ['the mayor']);
  assert.deepEqual(said('Voters backed what one analyst has dubbed "the quiet revolution."').map((q) => q[1]), ['one analyst']);
});

test('a relative clause far from the quotation, past a comma, does not report it', () => {
  const text = 'The plan, which the institute estimates would cost $40 billion, risks "a spiral of debt," the opposition said.';
  assert.deepEqual(said(text), [['"a spiral of debt,"', 'the opposition']]);
});
