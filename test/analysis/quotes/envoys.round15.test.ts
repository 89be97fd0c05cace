import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of diplomatic news.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;

test('"the Chinese envoy" is the one whose role opens with China\'s possessive ("China\'s ambassador to the United States")', () => {
  const XIE: EntitySpec = { name: 'Xie Feng', type: 'person', forms: ['Xie Feng'], roles: ["china's ambassador to the united states", 'ambassador'] };
  const CHINESE: EntitySpec = { name: 'Chinese', type: 'misc', forms: ['Chinese'] };
  const text = 'China\'s ambassador to the United States Xie Feng spoke at a forum on Tuesday. "We are partners, not rivals," the Chinese envoy said.';
  assert.equal(speakerOf(text, [XIE, CHINESE])?.name, 'Xie Feng');
});

test('a possessive of another country in the role does not make "the Chinese envoy"', () => {
  const KIM: EntitySpec = { name: 'Kim Min-jun', type: 'person', forms: ['Kim Min-jun'], roles: ["korea's ambassador to japan", 'ambassador'] };
  const CHINESE: EntitySpec = { name: 'Chinese', type: 'misc', forms: ['Chinese'] };
  const text = 'Korea\'s ambassador to Japan Kim Min-jun arrived on Tuesday. "We are partners," the Chinese envoy said.';
  assert.notEqual(speakerOf(text, [KIM, CHINESE])?.name, 'Kim Min-jun');
});
