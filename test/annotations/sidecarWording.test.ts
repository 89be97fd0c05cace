import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSidecar, SidecarError } from '../../server/src/annotations/sidecarFile';

/** The error a hand-edited sidecar raises, as the person who broke it reads it in the Problems view. */
function problemOf(content: string): SidecarError {
  try {
    parseSidecar('/home/desk/long/path/to/the/newsroom/archive/floods-2024.article.annotations.json', content);
  } catch (e) {
    assert.ok(e instanceof SidecarError);
    return e;
  }
  assert.fail('the sidecar was accepted');
}

test('a sidecar cut short mid-item says the file stops early, not the parser’s "PropertyNameExpected"', () => {
  const e = problemOf('{\n  "type": "AnnotationCollection",\n  "items": [ { "id": "urn:uuid:1", ');
  assert.match(e.reason, /the file stops before the JSON is complete/);
  assert.doesNotMatch(e.sentence, /PropertyNameExpected|Expected\b/);
});

test('a missing comma in the middle of a sidecar is named in words, at its line and column', () => {
  const e = problemOf('{\n  "type": "AnnotationCollection"\n  "total": 0\n}\n');
  assert.deepEqual([e.line, e.column], [3, 3]);
  assert.match(e.reason, /a comma is expected here/);
});

test('the sentence for the editor names the sidecar by its file name, not its full path, before the reason', () => {
  const e = problemOf('{ "total": 1,, }');
  assert.equal(e.sentence.startsWith('The annotations file floods-2024.article.annotations.json, line 1, column 14: not valid JSON ('), true, e.sentence);
  assert.doesNotMatch(e.sentence, /newsroom/);
  // The CLI keeps the full path and the file:line:column form that terminals make clickable.
  assert.match(e.message, /^\/home\/desk\/.*floods-2024\.article\.annotations\.json:1:14: not valid JSON/);
});
