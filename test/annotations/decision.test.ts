import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDecision, reviseDecision } from '../../server/src/annotations/decision';
import { KANG, sampleText, spanOf } from './samples';

const text = sampleText(KANG);

test('a new decision takes its quote selector with 32 characters of context from the text', () => {
  const d = makeDecision(text, { label: 'person', ...spanOf(text, 'Moon Jae-in') }, () => new Date('2026-11-23T10:00:00.123Z'));
  assert.equal(d.exact, 'Moon Jae-in');
  assert.equal(d.prefix, text.slice(d.start - 32, d.start));
  assert.equal(d.suffix, text.slice(d.end, d.end + 32));
  assert.equal(d.created, '2026-11-23T10:00:00Z');
  assert.match(d.id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('a decision asked for outside the text is clamped inside it', () => {
  const d = makeDecision(text, { label: 'misc', start: text.length - 3, end: text.length + 10 });
  assert.deepEqual([d.start, d.end, d.exact, d.suffix], [text.length - 3, text.length, '6km', '']);
});

test('revising a decision keeps its id and created, stamps modified and can drop the speaker', () => {
  const d = makeDecision(text, { label: 'quote', ...spanOf(text, '"We are not'), speaker: 'Kang' });
  const r = reviseDecision(d, { label: 'none', speaker: null }, () => new Date('2030-01-01T00:00:00Z'));
  assert.deepEqual([r.id, r.created, r.label, r.modified, 'speaker' in r], [d.id, d.created, 'none', '2030-01-01T00:00:00Z', false]);
});
