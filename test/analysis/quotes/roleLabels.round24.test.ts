import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const said = (text: string) => findQuotes(quoteInput(text)).map((q) => [q.text, q.speaker?.text ?? null]);

test('in a TV transcript, a turn under a one-word role label is that person\'s speech, with no entity', () => {
  const text = [
    'REPORTER: Prices at the market have doubled since March.',
    'VENDOR: Nobody is buying. People only look.',
    'REPORTER: Some shoppers say they can no longer afford vegetables.',
  ].join('\n');
  const quotes = findQuotes(quoteInput(text));
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker?.text, q.speaker?.entity]), [['Nobody is buying. People only look.', 'VENDOR', null]]);
});

test('a panel\'s moderator is the broadcast\'s own voice; the guest who answers speaks', () => {
  const text = ['Moderator: Welcome back to the show.', 'Guest: Thank you for having me.'].join('\n');
  assert.deepEqual(said(text), [['Thank you for having me.', 'Guest']]);
});

test('a one-word label outside a transcript is an editor\'s note, not speech', () => {
  assert.deepEqual(said('VENDOR: Nobody is buying.'), []);
  assert.deepEqual(said('NOTE: All times are local.\nThe ministry later corrected the figure to 12 deaths.'), []);
});

test('in a TV transcript, a turn under a place\'s name is a dateline\'s report, not speech', () => {
  const text = ['ANCHOR: Stocks fell sharply on Monday.', 'SHANGHAI: Markets across Asia followed Wall Street lower.'].join('\n');
  const input = quoteInput(text, [{ name: 'Shanghai', type: 'location', forms: ['SHANGHAI'] }]);
  assert.deepEqual(findQuotes(input), []);
});
