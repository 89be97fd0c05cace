import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyChanges, shiftSpan } from '../../server/src/annotations/shiftOnEdit';
import { makeDecision } from '../../server/src/annotations/decision';
import { KANG, sampleText, spanOf } from './samples';

const text = sampleText(KANG);
const wang = spanOf(text, 'Wang Yi'); // in "Chinese Foreign Minister Wang Yi urged South Korea"

test('an insertion before an annotation shifts it by the inserted length', () => {
  assert.deepEqual(shiftSpan(wang, { start: 0, end: 0, text: 'BREAKING: ' }), { start: wang.start + 10, end: wang.end + 10 });
});

test('a deletion before an annotation shifts it back', () => {
  const del = spanOf(text, 'Chinese Foreign Minister ', 0);
  assert.deepEqual(shiftSpan(wang, { ...del, text: '' }), { start: wang.start - del.end + del.start, end: wang.end - del.end + del.start });
});

test('an insertion at the annotation start shifts it and one at its end leaves it', () => {
  assert.deepEqual(shiftSpan(wang, { start: wang.start, end: wang.start, text: 'Mr. ' }), { start: wang.start + 4, end: wang.end + 4 });
  assert.deepEqual(shiftSpan(wang, { start: wang.end, end: wang.end, text: ' Jr.' }), wang);
});

test('an edit inside an annotation stretches or shrinks it', () => {
  // "Wang Yi" -> "Wang Xiao Yi"
  assert.deepEqual(shiftSpan(wang, { start: wang.start + 5, end: wang.start + 5, text: 'Xiao ' }), { start: wang.start, end: wang.end + 5 });
  // "Wang Yi" -> "WaYi"
  assert.deepEqual(shiftSpan(wang, { start: wang.start + 2, end: wang.start + 5, text: '' }), { start: wang.start, end: wang.end - 3 });
});

test('an edit over one edge of an annotation keeps the surviving part', () => {
  assert.deepEqual(shiftSpan(wang, { start: wang.start - 3, end: wang.start + 5, text: 'X' }), { start: wang.start - 2, end: wang.end - 7 });
  assert.deepEqual(shiftSpan(wang, { start: wang.start + 4, end: wang.end + 6, text: '' }), { start: wang.start, end: wang.start + 4 });
});

test('deleting all of an annotation makes it an orphan', () => {
  assert.equal(shiftSpan(wang, { start: wang.start - 1, end: wang.end + 1, text: '' }), null);
  assert.equal(shiftSpan(wang, { ...wang, text: 'Kang' }), null);
});

test('applyChanges moves decisions through a sequence of LSP changes and refreshes their selectors', () => {
  const d = makeDecision(text, { label: 'person', ...wang });
  const changes = [
    { start: 0, end: 0, text: 'UPDATED ' },
    // then, in the text after the first change, delete "Chinese " of "Chinese Foreign Minister Wang Yi"
    { start: wang.start + 8 - 25, end: wang.start + 8 - 25 + 'Chinese '.length, text: '' },
  ];
  let after = text;
  for (const c of changes) after = after.slice(0, c.start) + c.text + after.slice(c.end);
  const [moved] = applyChanges([d], changes, after);
  assert.equal(after.slice(moved.start, moved.end), 'Wang Yi');
  assert.equal(moved.exact, 'Wang Yi');
  assert.equal(moved.anchor, 'exact');
  assert.ok(after.slice(0, moved.start).endsWith(moved.prefix));
});

test('applyChanges turns a deleted annotation into an orphan that stays inside the document', () => {
  const d = makeDecision(text, { label: 'location', ...spanOf(text, '6km') });
  const start = text.lastIndexOf('\n');
  const after = text.slice(0, start);
  const [o] = applyChanges([d], [{ start, end: text.length, text: '' }], after);
  assert.equal(o.anchor, 'orphan');
  assert.equal(o.exact, '6km');
  assert.ok(o.start >= 0 && o.end <= after.length && o.start <= o.end);
});
