import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const sample = (name: string) => readFileSync(join(__dirname, '../../../samples', name), 'utf8');

const WANG: EntitySpec = { name: 'Wang Yi', type: 'person', forms: ['Wang Yi', 'Wang'], roles: ['chinese foreign minister', 'foreign minister', 'minister'] };
const KANG: EntitySpec = { name: 'Kang Kyung-wha', type: 'person', forms: ['Kang Kyung-wha', 'Kang'], roles: ['south korean foreign minister', 'foreign minister', 'minister'] };
const SONG: EntitySpec = { name: 'Song Young-gil', type: 'person', forms: ['Song Young-gil', 'Song'] };
const MINJOO: EntitySpec = { name: 'Minjoo Party of Korea', type: 'organization', forms: ['Minjoo Party of Korea'] };

test('the Minjoo article has two quotations, "he added" and "the minister stressed", both resolved to Wang Yi', () => {
  const text = sample('wang-yi-minjoo-party.article');
  const quotes = findQuotes(quoteInput(text, [WANG, SONG, MINJOO]));
  assert.equal(quotes.length, 2);
  assert.ok(quotes[0].text.startsWith('"What the Chinese side is opposed to'));
  assert.ok(quotes[0].text.endsWith('interests,"'));
  assert.equal(quotes[0].speaker?.text, 'he');
  assert.equal(text.slice(quotes[0].speaker!.start, quotes[0].speaker!.end), 'he');
  assert.equal(quotes[0].speaker?.name, 'Wang Yi');
  assert.ok(quotes[1].text.startsWith('"The two sides should cherish'));
  assert.equal(quotes[1].speaker?.text, 'the minister');
  assert.equal(quotes[1].speaker?.name, 'Wang Yi');
  for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text);
});

test('the Kang article has one quotation, attributed to "Kang" and resolved to Kang Kyung-wha', () => {
  const text = sample('wang-yi-kang-kyung-wha.article');
  const quotes = findQuotes(quoteInput(text, [WANG, KANG]));
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, '"We are not considering any additional THAAD deployment,"');
  assert.equal(quotes[0].speaker?.text, 'Kang');
  assert.equal(quotes[0].speaker?.name, 'Kang Kyung-wha');
  assert.equal(quotes[0].origin, 'detected');
});
