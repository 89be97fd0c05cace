import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const said = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => [q.text, q.speaker?.text ?? null]);
const person = (name: string, ...forms: string[]): EntitySpec => ({ name, type: 'person', forms: [name, ...forms] });

test('a straight quotation missing its closing mark ends before the comma of its attribution clause, not at the next quotation', () => {
  const text = '"The market has bottomed out, said analyst Maria Chen of Nomura. "We expect a rebound in the second half," she added.';
  assert.deepEqual(said(text, [person('Maria Chen')]), [
    ['"The market has bottomed out,', 'analyst Maria Chen of Nomura'],
    ['"We expect a rebound in the second half,"', 'she'],
  ]);
});

test('the attribution clause that ends an unclosed quotation is the one nearest its verb: the quotation keeps its own commas', () => {
  const text = '"The Games will be green, open and clean, said the organizing committee\'s spokesperson. "We have kept our promise."';
  assert.equal(said(text)[0][0], '"The Games will be green, open and clean,');
});

test('a quotation the speaker\'s own "I" or "we" goes on in is not cut at its comma: "Yes, we told them so." is speech', () => {
  const text = 'The envoy said: "Yes, we told them so. "Talks will resume next week," he added.';
  assert.equal(said(text)[0][0], '"Yes, we told them so.');
});

test('an unclosed quotation whose sentence runs up to the next opening mark ends at that sentence\'s stop', () => {
  const text = 'Mao Ning said: "China opposes unilateral sanctions. "We urge the U.S. to stop this practice," Mao said.';
  assert.deepEqual(said(text, [person('Mao Ning', 'Mao')]).map((q) => q[0]), ['"China opposes unilateral sanctions.', '"We urge the U.S. to stop this practice,"']);
});

test('a stray opening mark inside a quotation does not cut it in two', () => {
  const text = 'The spokesperson said the talks were "constructive and "forward-looking," but gave no details.';
  assert.deepEqual(said(text).map((q) => q[0]), ['"constructive and "forward-looking,"']);
});

test('a doubled straight mark is one mark: the quotation it opens or closes is read whole', () => {
  assert.deepEqual(said('""We are ready," she said after the final training session in Doha.'), [['""We are ready,"', 'she']]);
  assert.deepEqual(said('"We are ready,"" the captain told reporters before the match.'), [['"We are ready,""', 'the captain']]);
});

test('an empty attribute value in leaked markup (title="") pairs with no later mark', () => {
  assert.deepEqual(said('<div class="" data-id="">The minister said the plan was ready.</div>'), []);
});

test('a curly quotation missing its closing mark ends before its attribution clause when another opens after it', () => {
  const text = '“The ceasefire must hold, the envoy said. “Civilians are paying the price,” she added.';
  assert.deepEqual(said(text).map((q) => q[0]), ['“The ceasefire must hold,', '“Civilians are paying the price,”']);
});

test('a stray mark before a clause that introduces a quotation with a colon is dropped, not paired with the quotation', () => {
  const text = '"Asked about the sanctions, the spokesperson said: "We will respond firmly."';
  assert.deepEqual(said(text), [['"We will respond firmly."', 'the spokesperson']]);
});

test('a quotation left open at the end of its paragraph ends before its attribution clause', () => {
  assert.deepEqual(said('"We are open for business, the mayor said on Tuesday.'), [['"We are open for business,', 'the mayor']]);
});

test('an opening mark left unclosed with no attribution after it still yields no quotation', () => {
  assert.deepEqual(said('According to the report, "global growth will slow to 2.7 percent in 2025.'), []);
});

test('an unclosed quotation before ", he added, " and its next part is cut at its own comma', () => {
  const text = '"Without new funding, the program will close, the director warned, "and hundreds of jobs will go."';
  assert.deepEqual(said(text).map((q) => q[0]), ['"Without new funding, the program will close,', '"and hundreds of jobs will go."']);
});
