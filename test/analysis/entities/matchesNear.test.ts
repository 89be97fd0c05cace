import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesNear } from '../../../server/src/analysis/entities/matchesNear';

// A paragraph written for this test, with companies joined by "and"/"&" far apart and near each other.
const TEXT = [
  'Procter and Gamble and Marks and Spencer both reported higher sales, while Johnson & Johnson cut its forecast.',
  'Analysts at Harper, Lowe & Co. said the results were mixed and that the outlook for the rest of the year and beyond was unclear.',
  `${'Shares rose in Tokyo and fell in Seoul. '.repeat(8)}Black and Decker said demand held up.`,
].join('\n');
const COMPANY = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}.-]+ (?:and|&) \p{Lu}[\p{L}-]+(?![\p{L}\p{N}-])/gu;
const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);

test('the matches found near the cheap trigger are those of the whole text, once each and in order', () => {
  const whole = [...TEXT.matchAll(COMPANY)] as RegExpExecArray[];
  const near = matchesNear(TEXT, COMPANY, / (?:and|&) [A-Z]/g, 40);
  assert.deepEqual(spans(near), spans(whole));
  assert.ok(near.length >= 5);
  assert.equal(near[0].input, TEXT);
});

test('no trigger, no match: a text without the cheap pattern is not searched', () => {
  assert.deepEqual(matchesNear('Sales rose in May.', COMPANY, / (?:and|&) [A-Z]/g, 40), []);
});
