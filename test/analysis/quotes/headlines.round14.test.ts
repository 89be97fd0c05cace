import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput } from './quoteInput';
import type { QuoteInput } from '../../../server/src/analysis/quotes/findQuotes';

/** The input with its first line made the headline, as the structure layer reads a CGTN header. */
function withHeadline(text: string): QuoteInput {
  const input = quoteInput(text);
  return { ...input, blocks: input.blocks.map((b, i) => (i === 0 ? { ...b, kind: 'title' as const } : b)) };
}
const quotesOf = (text: string) => findQuotes(withHeadline(text)).map((q) => q.text);

test('a headline prints a quotation in single marks after a reporting verb, though the story uses double marks', () => {
  const text = [
    'Exclusive: Trade chief says global system \'at a crossroads\'',
    'The head of the trade body said the system was "at a crossroads" and called for reform.',
  ].join('\n');
  assert.deepEqual(quotesOf(text), ["'at a crossroads'", '"at a crossroads"']);
});

test('a title in single marks in a headline is no quotation', () => {
  const text = ['Animated film \'Ne Zha 2\' tops global box office', 'The film earned more than "any animated film before it," the studio said.'].join('\n');
  assert.deepEqual(quotesOf(text), ['"any animated film before it,"']);
});
