import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PlacedCursor } from '../../client/src/placedCursor';

// "Chinese Foreign Minister Wang Yi (R) meets with a delegation of the opposition Minjoo Party of Korea, Jan. 5, 2017."
const URI = 'file:///articles/wang-yi-minjoo-party.article';
const CHINESE = { start: 0, end: 7 };
const WANG_YI = { start: 25, end: 32 };
const MINJOO = { start: 79, end: 100 };

test('a late report of the selection of "Chinese" does not move the next decision off "Wang Yi", which the editor shows', () => {
  const cursor = new PlacedCursor();
  cursor.place({ uri: URI, version: 1, ...CHINESE });
  cursor.place({ uri: URI, version: 1, ...WANG_YI });
  cursor.selectionChanged(URI, [CHINESE], false);
  assert.deepEqual(cursor.target(URI, 1, CHINESE), WANG_YI);
});

test('moving the cursor with the keyboard or the mouse makes the selection the target again', () => {
  const cursor = new PlacedCursor();
  cursor.place({ uri: URI, version: 1, ...WANG_YI });
  cursor.selectionChanged(URI, [CHINESE], true);
  assert.deepEqual(cursor.target(URI, 1, CHINESE), CHINESE);
});

test('a selection that review mode did not set (another command moved the cursor) makes the selection the target', () => {
  const cursor = new PlacedCursor();
  cursor.place({ uri: URI, version: 1, ...WANG_YI });
  cursor.selectionChanged(URI, [MINJOO], false);
  assert.deepEqual(cursor.target(URI, 1, MINJOO), MINJOO);
});

test('after an edit (a new version of the text) the placed span no longer counts', () => {
  const cursor = new PlacedCursor();
  cursor.place({ uri: URI, version: 1, ...WANG_YI });
  assert.deepEqual(cursor.target(URI, 2, MINJOO), MINJOO);
});

test('selections in another article, and leaving review mode, forget nothing they should not', () => {
  const cursor = new PlacedCursor();
  cursor.place({ uri: URI, version: 1, ...CHINESE });
  cursor.place({ uri: URI, version: 1, ...WANG_YI });
  cursor.selectionChanged('file:///articles/other.article', [CHINESE], true);
  assert.deepEqual(cursor.target(URI, 1, CHINESE), WANG_YI, 'a move in another article leaves this one alone');
  assert.deepEqual(cursor.target('file:///articles/other.article', 1, CHINESE), CHINESE, 'the other article decides its selection');
  cursor.clear();
  assert.deepEqual(cursor.target(URI, 1, CHINESE), CHINESE, 'out of review mode the selection decides');
});

test('a selection set through the API by someone else, not yet reported, is the target: it is no span the extension placed', () => {
  const cursor = new PlacedCursor();
  cursor.place({ uri: URI, version: 1, ...WANG_YI });
  // Another extension (or a test) put the cursor at the start of the line; VS Code has not reported it yet.
  assert.deepEqual(cursor.target(URI, 1, { start: 0, end: 0 }), { start: 0, end: 0 });
});

test('"next mention" pressed while the report of the mention before arrives late steps on from the mention shown', () => {
  // "Wang Yi" … "Wang said" … "Wang added": F8 placed the second mention, then the report of the first came in.
  const cursor = new PlacedCursor();
  const WANG_SAID = { start: 140, end: 144 };
  cursor.place({ uri: URI, version: 1, ...WANG_YI });
  cursor.place({ uri: URI, version: 1, ...WANG_SAID });
  cursor.selectionChanged(URI, [WANG_YI], false);
  assert.deepEqual(cursor.target(URI, 1, WANG_YI), WANG_SAID);
});
