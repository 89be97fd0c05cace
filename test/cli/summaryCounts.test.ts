import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../server/src/analysis/analyze';
import { formatSummary } from '../../server/src/cli/summary';
import { count } from '../../server/src/count';
import { KANG, sample } from '../helpers/samples';

test('counts take the singular for one: "1 quote", "1 entity", not "1 quotes"', () => {
  assert.equal(count(1, 'quote'), '1 quote');
  assert.equal(count(0, 'quote'), '0 quotes');
  assert.equal(count(2, 'entity', 'entities'), '2 entities');
  assert.equal(count(1, 'entity', 'entities'), '1 entity');
});

test('the summary of the Kang sample, which has one quotation, says "1 quote"', () => {
  const analysis = createAnalyzer().analyze(sample(KANG), { referenceDate: { value: '2017-11-22', source: 'cli' } });
  const headline = formatSummary(KANG, analysis).split('\n')[1];
  assert.match(headline, /^ {2}21 entities \(89 mentions\), 10 dates, 1 quote; article date 2017-11-22/);
});
