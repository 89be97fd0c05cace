import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { makeDecision } from '../../server/src/annotations/decision';
import { formatSidecar, readSidecar, saveSidecar } from '../../server/src/annotations/sidecarFile';
import { annotationMustFailures, collectionMustFailures } from './w3cMusts';
import { KANG, sampleText, spanOf, tempWithSamples } from './samples';

const text = sampleText(KANG);
const ID = 'urn:uuid:6a0f4c1e-2f4b-4a36-9a77-6d3f2a9b7c10';

test('the article date the user set is an annotation describing the whole article, and passes the W3C MUST assertions', () => {
  const doc = JSON.parse(formatSidecar(ID, [makeDecision(text, { label: 'person', ...spanOf(text, 'Wang Yi') })], KANG, text, { value: '2017-11-22', created: '2026-11-23T10:00:00Z' }));
  assert.deepEqual(collectionMustFailures(doc), []);
  for (const a of doc.first.items) assert.deepEqual(annotationMustFailures(a), []);
  assert.equal(doc.total, 2);
  const date = doc.first.items[0];
  assert.equal(date.motivation, 'describing');
  assert.equal(date.id, `${ID}#article-date`);
  assert.equal(date.target, `urn:article:${KANG}`);
  assert.deepEqual(date.body, { type: 'TextualBody', purpose: 'describing', value: '2017-11-22', format: 'text/plain' });
});

test('the article date survives a save that only changes the decisions, and is read back apart from them', () => {
  const dir = tempWithSamples();
  const article = path.join(dir, KANG);
  saveSidecar(article, [], text, { value: '2017-11-22', created: '2026-11-23T10:00:00Z' });
  saveSidecar(article, [makeDecision(text, { label: 'location', ...spanOf(text, 'Beijing') })], text);
  const back = readSidecar(article, text)!;
  assert.deepEqual(back.articleDate, { value: '2017-11-22', created: '2026-11-23T10:00:00Z' });
  assert.deepEqual(back.decisions.map((d) => d.label), ['location']);
  saveSidecar(article, back.decisions, text, null);
  assert.equal(readSidecar(article, text)!.articleDate, undefined, 'removing the date removes its annotation');
});
