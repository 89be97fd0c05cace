import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of business and diplomatic news, with paragraphs set apart by
// blank lines as many feeds write them.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;

test('"the statement" finds the statement introduced in the paragraph before, over a blank line', () => {
  const MOFCOM: EntitySpec = { name: 'Ministry of Commerce', type: 'organization', forms: ['Ministry of Commerce'] };
  const text = 'The Ministry of Commerce issued a statement on Friday about export controls on gallium.\n\n"The measures are in line with international practice," the statement said.';
  assert.equal(speakerOf(text, [MOFCOM])?.name, 'Ministry of Commerce');
});

test('"the company" finds the company named in the paragraph before, over a blank line', () => {
  const BYD: EntitySpec = { name: 'BYD', type: 'organization', forms: ['BYD'] };
  const text = 'BYD opened its first European car plant in Hungary on Tuesday.\n\n"Europe is a key market for us," the company said.';
  assert.equal(speakerOf(text, [BYD])?.name, 'BYD');
});
