import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';

const analyzer = createAnalyzer();

test('a sentence may open with a name written with a lower-case start ("… Department. eBay said …")', () => {
  const text = 'The company settled with the U.S. Justice Department. eBay said it had improved its compliance programs.';
  const { sentences } = tokenize(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end).split(' ')[0]), ['The', 'eBay']);
  const names = analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);
  assert.ok(names.includes('eBay/organization') && !names.some((n) => n.includes('. eBay')), names.join(', '));
});

test('a lower-case word after a full stop still goes on the sentence ("approx. five", "vs. eight")', () => {
  const text = 'The bridge is approx. five kilometers long.';
  assert.equal(tokenize(text).sentences.length, 1);
});
