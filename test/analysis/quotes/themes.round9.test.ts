import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput } from './quoteInput';

const textsOf = (text: string) => findQuotes(quoteInput(text)).map((q) => q.text);

test('a quoted phrase made the theme of an event by a copula or "under the theme" is a title, not speech', () => {
  assert.deepEqual(textsOf('"Together for a shared future" was the theme of this year\'s event, which drew 3,000 participants.'), []);
  assert.deepEqual(textsOf('The theme of this year\'s forum is "Asia in a Changing World: Toward a Shared Future."'), []);
  assert.deepEqual(textsOf('Held under the theme "Connecting the World, Creating the Future," the expo attracted 1,200 firms.'), []);
});

test('a slogan someone campaigns under, and a quotation its own sentence attributes, stay quotations', () => {
  assert.deepEqual(textsOf('The opposition campaigned under the slogan "Axe the levy."'), ['"Axe the levy."']);
  assert.deepEqual(textsOf('"We will win," was the theme of her speech, Li said.'), ['"We will win,"']);
});
