import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadRecognizer, type EntityRecognizer } from '../../../server/src/analysis/entities/recognizer';
import { memoBySentence } from '../../../server/src/analysis/entities/sentenceMemo';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';

// From samples/wang-yi-kang-kyung-wha.article.
const PARAGRAPH =
  'Chinese Foreign Minister Wang Yi urged South Korea to continue to properly handle the issue of the Terminal High Altitude Area Defense (THAAD) during a meeting with his South Korean counterpart Kang Kyung-wha in Beijing on Wednesday. ' +
  'China and South Korea recently reached some consensus in dealing with the current stage of the THAAD issue, Wang said.';

/** The perceptron, counting the sentences it is asked to tag. */
function counting(): { recognizer: EntityRecognizer; sentences: () => number } {
  const inner = loadRecognizer();
  let n = 0;
  return { recognizer: { recognize: (text, tokens, sentences) => ((n += sentences.length), inner.recognize(text, tokens, sentences)) }, sentences: () => n };
}

test('gives exactly the mentions of the recognizer it memoises', () => {
  const { tokens, sentences } = tokenize(PARAGRAPH);
  assert.deepEqual(memoBySentence(loadRecognizer()).recognize(PARAGRAPH, tokens, sentences), loadRecognizer().recognize(PARAGRAPH, tokens, sentences));
});

test('after an edit in the second sentence, only that sentence is tagged again, and offsets follow the edit', () => {
  const c = counting();
  const memo = memoBySentence(c.recognizer);
  const first = tokenize(PARAGRAPH);
  memo.recognize(PARAGRAPH, first.tokens, first.sentences);
  assert.equal(c.sentences(), 2);
  const edited = `The ${PARAGRAPH}`.replace('Wang said', 'Wang Yi said');
  const second = tokenize(edited);
  const out = memo.recognize(edited, second.tokens, second.sentences);
  assert.equal(c.sentences(), 4, 'both sentences changed words: "The Chinese…" and "Wang Yi said"');
  const again = memo.recognize(edited, second.tokens, second.sentences);
  assert.equal(c.sentences(), 4, 'nothing changed: nothing tagged');
  assert.deepEqual(again, out);
  assert.ok(out.some((m) => edited.slice(m.start, m.end) === 'Kang Kyung-wha'));
});

test('a sentence moved by an edit before it is not tagged again', () => {
  const c = counting();
  const memo = memoBySentence(c.recognizer);
  const first = tokenize(PARAGRAPH);
  const before = memo.recognize(PARAGRAPH, first.tokens, first.sentences);
  const moved = `  ${PARAGRAPH}`;
  const second = tokenize(moved);
  const after = memo.recognize(moved, second.tokens, second.sentences);
  assert.equal(c.sentences(), 2);
  assert.deepEqual(after.map((m) => moved.slice(m.start, m.end)), before.map((m) => PARAGRAPH.slice(m.start, m.end)));
});

test('keeps no more sentences than its capacity', () => {
  const c = counting();
  const memo = memoBySentence(c.recognizer, 1);
  const { tokens, sentences } = tokenize(PARAGRAPH);
  memo.recognize(PARAGRAPH, tokens, sentences);
  memo.recognize(PARAGRAPH, tokens, sentences);
  assert.equal(c.sentences(), 4, 'each sentence pushed the other out');
});
