import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;

test('a dash and "these were the words of X" after a quotation credit it to X', () => {
  const VIEIRA: EntitySpec = { name: 'Mauro Vieira', type: 'person', forms: ['Mauro Vieira'] };
  const text = '"We will not accept any form of hegemony" — these were the words of Foreign Minister Mauro Vieira on Monday.';
  assert.equal(speakerOf(text, [VIEIRA])?.name, 'Mauro Vieira');
});

test('"…," that was the message from X, in lower case after a comma, credits X too', () => {
  const GUTERRES: EntitySpec = { name: 'Antonio Guterres', type: 'person', forms: ['Antonio Guterres'] };
  const text = '"The window is closing," that was the message from Antonio Guterres to the summit.';
  assert.equal(speakerOf(text, [GUTERRES])?.name, 'Antonio Guterres');
});
