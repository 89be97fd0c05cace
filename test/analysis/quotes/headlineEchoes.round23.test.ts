import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import type { Block } from '../../../server/src/analysis/types';
import { quoteInput, type EntitySpec } from './quoteInput';

// Articles written for these tests, in the style of international news of the 2020s: a headline, then the story.
const person = (name: string, forms = [name]): EntitySpec => ({ name, type: 'person', forms });
/** The quotations of an article whose first line is its headline. */
function quotesOf(text: string, specs: EntitySpec[] = []) {
  const input = quoteInput(text, specs);
  const blocks: Block[] = input.blocks.map((b, i) => (i === 0 ? { ...b, kind: 'title' } : b));
  return findQuotes({ ...input, blocks }).map((q) => [q.text, q.speaker?.name ?? null]);
}

test('a headline\'s single-quoted words that the story quotes in full are a quotation, spoken by the story\'s speaker', () => {
  const text = [
    '\'We will never give up\': Rescuers race against time after quake',
    'Rescuers worked through the night on Wednesday to search for survivors.',
    '"We will never give up on any life," said Zhang Hong, a firefighter. "Every minute counts."',
  ].join('\n');
  assert.deepEqual(quotesOf(text, [person('Zhang Hong')])[0], ['\'We will never give up\'', 'Zhang Hong']);
});

test('a headline\'s speaker phrase that names no one is the speaker of the story\'s quotation it shortens', () => {
  const text = [
    'Interview: \'Cooperation is the only way,\' says Brazilian minister',
    'Brazil\'s trade minister Geraldo Alckmin said cooperation with China is "the only way" to face global challenges.',
  ].join('\n');
  assert.deepEqual(quotesOf(text, [person('Geraldo Alckmin')])[0], ['\'Cooperation is the only way,\'', 'Geraldo Alckmin']);
});

test('a headline\'s words in single marks that the story sets in scare quotes are no quotation either', () => {
  const text = [
    'Why young Chinese are \'lying flat\'',
    'The so-called "lying flat" movement has spread on social media, sociologists say.',
  ].join('\n');
  assert.deepEqual(quotesOf(text).filter(([q]) => q!.startsWith('\'')), []);
});
