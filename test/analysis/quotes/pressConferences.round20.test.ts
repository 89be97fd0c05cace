import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Transcripts written for these tests, in the style of a foreign ministry's regular press conference.
const quotesOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs));
const GUO: EntitySpec = { name: 'Guo Jiakun', type: 'person', forms: ['Guo Jiakun'] };

test('in a press-conference transcript, an answer under the spokesperson\'s name is a quotation of the spokesperson', () => {
  const text = [
    'AFP: Will China send a delegation to the climate talks in Belem?',
    'Guo Jiakun: China attaches great importance to the conference. We will release information in due course.',
    'Kyodo: Is there any update on the fishing boat?',
    'Guo Jiakun: I am not aware of the situation you mentioned.',
  ].join('\n');
  const quotes = quotesOf(text, [GUO]);
  assert.deepEqual(quotes.map((q) => q.text), ['China attaches great importance to the conference. We will release information in due course.', 'I am not aware of the situation you mentioned.']);
  assert.deepEqual(quotes.map((q) => q.speaker?.name), ['Guo Jiakun', 'Guo Jiakun']);
});

test('a quotation inside a labelled answer stays inside the answer', () => {
  const text = [
    'Q: How does China view the new chip rules?',
    'Guo Jiakun: We firmly oppose them. As we have said, such moves "will only backfire."',
  ].join('\n');
  const quotes = quotesOf(text, [GUO]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, 'We firmly oppose them. As we have said, such moves "will only backfire."');
  assert.equal(quotes[0].speaker?.name, 'Guo Jiakun');
});

test('a question under a reporter\'s label, even a follow-up after another question, is no answer', () => {
  const text = [
    'Reuters: Will the two leaders meet in Lima?',
    'Bloomberg News: A follow-up: will they sign a trade deal there?',
  ].join('\n');
  assert.equal(quotesOf(text).length, 0);
});

test('a label not after a question is a dateline or a topic, and a one-word label no speaker\'s name', () => {
  assert.equal(quotesOf('Beijing Daily: The city opened 12 new subway stations on Saturday.').length, 0);
  assert.equal(quotesOf('Live updates: What happened at the summit?\nTrade: Exports rose 7 percent in October.').length, 0);
  // (nor after a question asked under no speaker's label)
  assert.equal(quotesOf('Key points: What did the summit decide?\nSecurity Council: The vote was postponed to Friday.').length, 0);
});
