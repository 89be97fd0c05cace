import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[] = [], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;

test('a numeral after "the" stays in the speaker\'s phrase: "The two leaders issued a joint statement saying …"', () => {
  const text = 'The two leaders issued a joint statement saying they would "work together to uphold multilateralism."';
  assert.equal(speakerOf(text)?.text, 'The two leaders');
});

test('a past tense before its object\'s determiner ends the speaker\'s phrase: "The ministers signed a pledge saying …"', () => {
  const text = 'The ministers signed a pledge saying they would "halve emissions by 2035."';
  assert.equal(speakerOf(text)?.text, 'The ministers');
});

test('"one resident, Olena, said" gives the name set off by commas as the speaker', () => {
  const OLENA: EntitySpec = { name: 'Olena', type: 'person', forms: ['Olena'] };
  assert.equal(speakerOf('"Our people are tired of war," said one resident, Olena, 45. "We just want to live."', [OLENA])?.name, 'Olena');
});
