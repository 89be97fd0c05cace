import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of religious, diplomatic and technology news.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;

test('a definite description subject of the paragraph before hands the quotation opening the next one to the one it names', () => {
  const FRANCIS: EntitySpec = { name: 'Pope Francis', type: 'person', forms: ['Pope Francis'], roles: ['pope'] };
  const text = 'Pope Francis canonized two new saints in St. Peter\'s Square on Sunday.\nAt the end of the mass, the pope addressed the faithful from the balcony.\n"Peace is possible. Let us never tire of asking for it."';
  assert.equal(speakerOf(text, [FRANCIS])?.name, 'Pope Francis');
});

test('a definite description subject of the sentence just before a quotation is its speaker when it names an entity', () => {
  const APPLE: EntitySpec = { name: 'Apple', type: 'organization', forms: ['Apple'] };
  const text = 'Apple opened its annual developers conference in Cupertino on Monday. At the event, the company unveiled a new operating system. "This is the beginning of a new era of spatial computing."';
  assert.equal(speakerOf(text, [APPLE])?.name, 'Apple');
});

test('a description subject that names no entity hands on no speaker ("the crowd", "The decision")', () => {
  const text = 'Thousands gathered in the square on Saturday.\nBy noon, the crowd filled the streets around the palace.\n"We want our voices heard."';
  assert.equal(speakerOf(text, []), null);
  const lead = 'The decision surprised researchers across the country. "It is a dark day for science."';
  assert.equal(speakerOf(lead, []), null);
});
