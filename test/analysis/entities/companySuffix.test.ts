import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';

const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('a company ending in "Co., Ltd." stops there: the next sentence\'s "The" or "Shares of" is no part of it', () => {
  const text = 'The bridge was built by Nanjing River Bridge Engineering Co., Ltd. The company hired 300 workers. '
    + 'Components came from Wuhan Heavy Steel Group Co., Ltd. Shares of Kunlun Tech fell.';
  const found = names(text);
  assert.ok(found.includes('Nanjing River Bridge Engineering Co., Ltd./organization'), found.join(' '));
  assert.ok(found.includes('Wuhan Heavy Steel Group Co., Ltd./organization'), found.join(' '));
  assert.ok(!found.some((n) => /^(?:Ltd\. )?(?:The|Shares)\b/.test(n)), found.join(' '));
});
