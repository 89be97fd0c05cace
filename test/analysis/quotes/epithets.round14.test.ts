import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

test('"the billionaire" stands for the person just named, as "the 38-year-old" does', () => {
  const MOTSEPE: EntitySpec = { name: 'Patrice Motsepe', type: 'person', forms: ['Patrice Motsepe'] };
  const text = '"This is a historic moment for African football," said CAF President Patrice Motsepe. The South African billionaire added: "Our players deserve it."';
  assert.equal(findQuotes(quoteInput(text, [MOTSEPE]))[1]?.speaker?.name, 'Patrice Motsepe');
});
