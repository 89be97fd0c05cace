import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const said = (text: string) => findQuotes(quoteInput(text)).map((q) => [q.text, q.speaker?.text ?? null]);

test('in "with X adding: …" the one after "with" speaks the quotation, not the speaker of the clause before', () => {
  const text = '"The station will be finished by 2027," the project director said, with Italian engineer Marco Bellini adding: "We are on schedule."';
  assert.deepEqual(said(text), [
    ['"The station will be finished by 2027,"', 'the project director'],
    ['"We are on schedule."', 'Italian engineer Marco Bellini'],
  ]);
  assert.deepEqual(said('The session closed late, with the Kenyan delegation saying the text was "far too weak."').map((q) => q[1]), ['the Kenyan delegation']);
});

test('"with" before a participle takes its subject over an adverb, and only a phrase that names someone', () => {
  assert.deepEqual(said('The vote passed, with Lee reportedly saying it was "a good day for farmers."').map((q) => q[1]), ['Lee']);
  assert.notEqual(said('The plan drew criticism, with a sharp response saying it was "deeply flawed."')[0][1], 'a sharp response');
});
