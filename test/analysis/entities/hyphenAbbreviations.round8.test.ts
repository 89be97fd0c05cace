import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';

const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('"China-U.S. talks" names both countries, not a stray "S"', () => {
  assert.deepEqual(names('China-U.S. trade talks resumed in Geneva on Saturday.'), ['China/location', 'U.S./location', 'Geneva/location']);
});
