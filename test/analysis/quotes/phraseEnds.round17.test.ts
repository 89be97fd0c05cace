import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of diplomatic news.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;

test('a past tense after a noun ends the subject phrase: "The Ukrainian leader urged member states …" is "The Ukrainian leader"', () => {
  const ZELENSKY: EntitySpec = { name: 'Volodymyr Zelensky', type: 'person', forms: ['Volodymyr Zelensky'], roles: ['president'] };
  const UKRAINIAN: EntitySpec = { name: 'Ukrainian', type: 'misc', forms: ['Ukrainian'] };
  const text = 'Ukrainian President Volodymyr Zelensky addressed the UN General Assembly on Wednesday.\n\nThe Ukrainian leader urged member states to back his peace plan.\n\n"Russia must be held accountable."';
  const speaker = speakerOf(text, [ZELENSKY, UKRAINIAN]);
  assert.equal(speaker?.text, 'The Ukrainian leader');
  assert.equal(speaker?.name, 'Volodymyr Zelensky');
});

test('a participle after a determiner stays in the phrase: "the two detained reporters said"', () => {
  const text = 'Police released them on Friday. "We were treated fairly," the two detained reporters said.';
  assert.equal(speakerOf(text, [])?.text, 'the two detained reporters');
});
