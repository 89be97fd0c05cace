import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDecision } from '../../server/src/annotations/decision';
import { reanchorAll, reanchorDecision } from '../../server/src/annotations/reanchor';
import { KANG, MINJOO, sampleText, spanOf } from './samples';

const text = sampleText(KANG);

test('an annotation whose position still holds its text and context is re-anchored exact', () => {
  const d = makeDecision(text, { label: 'person', ...spanOf(text, 'Kang Kyung-wha') });
  const r = reanchorDecision(text, d);
  assert.equal(r.anchor, 'exact');
  assert.deepEqual([r.start, r.end], [d.start, d.end]);
});

test('an edit elsewhere before the annotation is followed through the quote selector with exact confidence', () => {
  const d = makeDecision(text, { label: 'location', ...spanOf(text, 'Seongju') });
  const changed = text.replace('Beijing has repeatedly voiced', 'Beijing, which never liked the idea, has repeatedly voiced');
  const r = reanchorDecision(changed, d);
  assert.equal(r.anchor, 'exact');
  assert.equal(changed.slice(r.start, r.end), 'Seongju');
  assert.equal(r.start, d.start + ', which never liked the idea,'.length);
});

test('a repeated word is found at its own place by its context when the sentence around it changed', () => {
  // "Wang said," occurs twice; annotate the second one and rewrite its sentence's start
  const second = spanOf(text, 'Wang said', 1);
  const d = makeDecision(text, { label: 'person', start: second.start, end: second.start + 4 });
  const changed = text.replace('charting the course for the improvement', 'setting out the path toward the improvement');
  const r = reanchorDecision(changed, d);
  assert.notEqual(r.anchor, 'orphan');
  assert.equal(r.start, spanOf(changed, 'Wang said', 1).start);
});

test('a duplicated caption does not give full confidence when the annotated copy changed', () => {
  const caption = 'Kang Kyung-wha hold talks in Beijing, November 22, 2017';
  const first = spanOf(text, caption, 0);
  const d = makeDecision(text, { label: 'location', start: first.start + caption.indexOf('Beijing'), end: first.start + caption.indexOf('Beijing') + 7 });
  // edit the first copy only, right after the annotated word
  const changed = text.slice(0, d.end) + ' (Diaoyutai)' + text.slice(d.end);
  const r = reanchorDecision(changed, d);
  assert.notEqual(r.anchor, 'exact');
});

test('a slightly changed annotated text is found fuzzy by approximate matching', () => {
  const t = sampleText(MINJOO);
  const d = makeDecision(t, { label: 'person', ...spanOf(t, 'Song Young-gil') });
  const changed = t.replace('Song Young-gil', 'Song Young-kil');
  const r = reanchorDecision(changed, d);
  assert.equal(r.anchor, 'fuzzy');
  assert.equal(changed.slice(r.start, r.end), 'Song Young-kil');
});

test('an annotation whose text was deleted becomes an orphan inside the document, never dropped', () => {
  const t = sampleText(MINJOO);
  const d = makeDecision(t, { label: 'location', ...spanOf(t, 'Incheon') });
  const changed = t.replace('and also former mayor of Incheon, ', '');
  const [r] = reanchorAll(changed, [d]);
  assert.equal(r.anchor, 'orphan');
  assert.equal(r.exact, 'Incheon');
  assert.ok(r.start >= 0 && r.end <= changed.length);
});

test('an annotation at the very start of the article keeps exact confidence only at the start', () => {
  const d = makeDecision(text, { label: 'location', ...spanOf(text, 'China') });
  assert.equal(d.prefix, '');
  const r = reanchorDecision(`Update:\n${text}`, d);
  assert.notEqual(r.anchor, 'exact');
  assert.equal(r.start, 'Update:\n'.length);
});

test('an annotated text edited in place is found between its unchanged context, not on another copy of the old text', () => {
  const span = spanOf(text, 'South Korea to continue', 1);
  const d = makeDecision(text, { label: 'location', start: span.start, end: span.start + 'South Korea'.length });
  const changed = text.slice(0, d.start) + 'South-Korea' + text.slice(d.end);
  const r = reanchorDecision(changed, d);
  assert.equal(r.anchor, 'fuzzy');
  assert.deepEqual([r.start, changed.slice(r.start, r.end)], [d.start, 'South-Korea']);
});

test('an annotation at the start of the article edited in place is found there', () => {
  const d = makeDecision(text, { label: 'location', ...spanOf(text, 'South Korea') });
  assert.ok(d.prefix.length < 32);
  const changed = text.slice(0, d.start) + 'South-Korea' + text.slice(d.end);
  const r = reanchorDecision(changed, d);
  assert.deepEqual([r.start, changed.slice(r.start, r.end), r.anchor], [d.start, 'South-Korea', 'fuzzy']);
});
