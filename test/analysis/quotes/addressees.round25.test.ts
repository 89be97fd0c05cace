import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const said = (text: string) => findQuotes(quoteInput(text)).map((q) => [q.text, q.speaker?.text ?? null]);

test('whom a speaker told is no speaker: a quotation inside the subject\'s aside leaves the attribution to that subject', () => {
  const text = '"We were never consulted," a fisherman, waving a banner reading "Our sea, our life", told reporters at the harbour.';
  // (round 26: the words on the banner are the banner's, written, not its bearer's speech)
  assert.deepEqual(said(text).map((q) => q[1]), ['a fisherman', 'a banner']);
});

test('"according to a spokesperson for a body, who said …": the spokesperson speaks, for that body', () => {
  const specs = [{ name: 'Ministry of Transport', type: 'organization' as const, forms: ['Ministry of Transport'] }];
  const quotes = findQuotes(quoteInput('Fares will stay frozen, according to a spokesperson for the Ministry of Transport, who said "no rise is planned this year."', specs));
  assert.deepEqual(quotes.map((q) => [q.speaker?.text, q.speaker?.entity]), [['a spokesperson', 0]]);
});

test('"a sharp reply from X, who said …": X speaks, not the reply', () => {
  const text = 'The plan drew a sharp reply from Finance Minister Ana Costa, who called it "a fantasy budget."';
  assert.deepEqual(said(text).map((q) => q[1]), ['Finance Minister Ana Costa']);
});
