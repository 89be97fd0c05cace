import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { BlockCache } from '../../../server/src/analysis/pipeline/blockCache';
import { KANG, sample } from '../../helpers/samples';

const analyzer = createAnalyzer();
const shown = (a: ReturnType<typeof analyzer.analyze>) => a.mentions.map((m) => `${m.text}@${m.start}/${m.type}`);

test('gives the same entities after an edit with the per-document block cache as a fresh analysis without it', () => {
  const text = sample(KANG);
  const cache = new BlockCache();
  analyzer.analyze(text, { cache });
  const at = text.indexOf('Kang Kyung-wha');
  const edited = `${text.slice(0, at)}Foreign Minister ${text.slice(at)}`;
  const withMemo = analyzer.analyze(edited, { cache });
  assert.deepEqual(shown(withMemo), shown(analyzer.analyze(edited)));
});

test('types every mention of the repeated Kang Kyung-wha as a person and keeps mentions on token boundaries', () => {
  const a = analyzer.analyze(sample(KANG));
  const kang = a.mentions.filter((m) => m.text === 'Kang Kyung-wha');
  assert.ok(kang.length >= 2);
  for (const m of kang) assert.equal(m.type, 'person');
  const starts = new Set(a.tokens.map((t) => t.start)), ends = new Set(a.tokens.map((t) => t.end));
  for (const m of a.mentions) assert.ok(starts.has(m.start) && ends.has(m.end), m.text);
});
