import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanAtCursor, wordAt } from '../../client/src/cursorTarget';

const word = (text: string, at: string, delta = 1) => {
  const span = wordAt(text, text.indexOf(at) + delta);
  return span && text.slice(span.start, span.end);
};

test('with nothing selected, a key acts on the detection under the cursor, the innermost one', () => {
  const text = '"We are not considering it," Kang said of Seoul\'s pledge.';
  const quote = { start: 0, end: 28 };
  const seoul = { start: text.indexOf('Seoul'), end: text.indexOf('Seoul') + 5 };
  const kang = { start: text.indexOf('Kang'), end: text.indexOf('Kang') + 4 };
  assert.deepEqual(spanAtCursor(text, seoul.start + 2, [quote, kang, seoul]), seoul);
  assert.deepEqual(spanAtCursor(text, seoul.end, [quote, kang, seoul]), seoul, 'the cursor just after the name');
  assert.deepEqual(spanAtCursor(text, 5, [quote, kang, seoul]), quote);
  const inner = { start: 8, end: 11 };
  assert.deepEqual(spanAtCursor(text, 9, [quote, inner]), inner, 'a name inside a quote is the name');
});

test('without a detection there, the word under the cursor, without a possessive or the full stop after it', () => {
  assert.equal(word("attaches importance to Seoul's pledge", 'Seoul'), 'Seoul');
  assert.equal(word('attaches importance to Seoul’s pledge', 'Seoul', 5), 'Seoul', 'the cursor on the apostrophe');
  assert.equal(word('the talks ended in Beijing.', 'Beijing'), 'Beijing');
  assert.equal(word('the talks ended in Beijing. Then', 'Beijing', 7), 'Beijing', 'the cursor at its end');
  assert.equal(word('troops in the U.S. and', 'U.S.'), 'U.S.');
  assert.equal(word('met Kang Kyung-wha there', 'Kyung'), 'Kyung-wha');
  assert.equal(word("Irish writer O'Brien said", 'Brien'), "O'Brien");
  assert.equal(word('the Ministers’ meeting', 'Ministers'), 'Ministers');
  assert.equal(wordAt('a  b', 2), undefined, 'between two spaces');
  assert.equal(wordAt('', 0), undefined);
});
