import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const said = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => [q.text, q.speaker?.text ?? null]);
const person = (name: string, ...forms: string[]): EntitySpec => ({ name, type: 'person', forms: [name, ...forms] });

test('a closing mark set after the attribution clause closes the quotation before it, and the clause names the speaker', () => {
  assert.deepEqual(said('"We will keep rates steady for now, the governor said." Markets rose after the announcement.'), [['"We will keep rates steady for now,', 'the governor']]);
  const text = '“Exports held up better than expected, Commerce Minister Ana Ruiz told reporters on Friday.”';
  assert.deepEqual(said(text, [person('Ana Ruiz')]), [['“Exports held up better than expected,', 'Commerce Minister Ana Ruiz']]);
});

test('a quotation whose own last sentence reports speech in the first person is read whole', () => {
  assert.deepEqual(said('"The rescue took six hours, we told the coast guard." The boat sank soon after.').map((q) => q[0]), ['"The rescue took six hours, we told the coast guard."']);
});

test('a reported clause in the middle of a quotation does not cut it: only a clause ending the quotation does', () => {
  const text = '"Prices will fall, the minister said last year. They did not," the farmer said.';
  assert.deepEqual(said(text), [['"Prices will fall, the minister said last year. They did not,"', 'the farmer']]);
});

test('a last clause of the quotation\'s own that only looks like an attribution keeps the quotation whole', () => {
  // a clause with its own object after the verb, and a capitalized name ending in a verb-like word
  assert.deepEqual(said('"Most households cut spending, while a few said it made no difference." The survey covered 5,000 families.').map((q) => q[0]), ['"Most households cut spending, while a few said it made no difference."']);
  assert.deepEqual(said('The envoy said: "This is good for Canada, and good for the United States." Talks resume in May.').map((q) => q[0]), ['"This is good for Canada, and good for the United States."']);
});
