import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeDecision } from '../../../server/src/annotations/decision';
import { saveSidecar, sidecarPathFor } from '../../../server/src/annotations/sidecarFile';
import { run as exportRun } from '../../../server/src/cli/export';
import { annotationMustFailures, collectionMustFailures } from '../../annotations/w3cMusts';
import { KANG, MINJOO, spanOf, tempWithSamples } from '../../annotations/samples';
import { captureIo, fakeDeps } from './helpers';

function withDecisions(): { dir: string; text: string } {
  const dir = tempWithSamples();
  const text = fs.readFileSync(path.join(dir, KANG), 'utf8');
  saveSidecar(path.join(dir, KANG), [
    makeDecision(text, { label: 'person', ...spanOf(text, 'Kang Kyung-wha') }),
    makeDecision(text, { label: 'quote', ...spanOf(text, '"We are not considering any additional THAAD deployment,"'), speaker: 'Kang Kyung-wha' }),
    makeDecision(text, { label: 'none', ...spanOf(text, '6km') }),
  ], text);
  return { dir, text };
}

test('jsonl export writes one analyze --jsonl line with the file name as id', async () => {
  const { dir, text } = withDecisions();
  const c = captureIo(dir);
  assert.equal(await exportRun(['--format', 'jsonl', KANG], c.io, fakeDeps), 0);
  const lines = c.stdout().trim().split('\n');
  assert.equal(lines.length, 1);
  const rec = JSON.parse(lines[0]);
  assert.equal(rec.id, 'wang-yi-kang-kyung-wha');
  assert.deepEqual(Object.keys(rec), ['id', 'entities', 'dates', 'quotes']);
  assert.deepEqual(rec.entities, [{ ...spanOf(text, 'Kang Kyung-wha'), text: 'Kang Kyung-wha', type: 'person', entity: 'Kang Kyung-wha' }]);
  assert.equal(rec.quotes[0].speaker.entity, 'Kang Kyung-wha');
});

test('export re-anchors saved decisions to the current text of the article', async () => {
  const { dir, text } = withDecisions();
  const edited = `UPDATED: ${text}`;
  fs.writeFileSync(path.join(dir, KANG), edited);
  const c = captureIo(dir);
  assert.equal(await exportRun(['--format', 'jsonl', KANG], c.io, fakeDeps), 0);
  const rec = JSON.parse(c.stdout());
  assert.equal(rec.entities[0].start, spanOf(edited, 'Kang Kyung-wha').start);
});

test('w3c export writes every span as annotations that pass the W3C MUST assertions, keeping saved ids', async () => {
  const { dir } = withDecisions();
  const c = captureIo(dir);
  assert.equal(await exportRun(['--format', 'w3c', '--out', 'out', KANG], c.io, fakeDeps), 0, c.stderr());
  const doc = JSON.parse(fs.readFileSync(path.join(dir, 'out', `${path.basename(KANG, '.article')}.annotations.json`), 'utf8'));
  const sidecar = JSON.parse(fs.readFileSync(sidecarPathFor(path.join(dir, KANG)), 'utf8'));
  assert.deepEqual(collectionMustFailures(doc), []);
  assert.equal(doc.id, sidecar.id);
  assert.deepEqual(doc.first.items.map((a: { id: string }) => a.id).sort(), sidecar.first.items.map((a: { id: string }) => a.id).sort());
  for (const a of doc.first.items) assert.deepEqual(annotationMustFailures(a), []);
});

test('--out names each output after its article', async () => {
  const dir = tempWithSamples();
  for (const format of ['brat', 'conll', 'jsonl', 'w3c']) {
    const c = captureIo(dir);
    assert.equal(await exportRun(['--format', format, '--out', 'o', KANG, MINJOO], c.io, fakeDeps), 0, c.stderr());
  }
  const stems = [KANG, MINJOO].map((f) => f.replace(/\.article$/, ''));
  const expected = stems.flatMap((s) => [`${s}.txt`, `${s}.ann`, `${s}.conll`, `${s}.jsonl`, `${s}.annotations.json`]).sort();
  assert.deepEqual(fs.readdirSync(path.join(dir, 'o')).sort(), expected);
});

test('brat export of several articles without --out is refused', async () => {
  const c = captureIo(tempWithSamples());
  assert.equal(await exportRun(['--format', 'brat', KANG, MINJOO], c.io, fakeDeps), 2);
  assert.match(c.stderr(), /needs --out/);
});

test('an unreadable sidecar makes export fail, naming the file, and leaves it untouched', async () => {
  const dir = tempWithSamples();
  const sidecar = sidecarPathFor(path.join(dir, KANG));
  const broken = '{ "@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",\n  "id": 42 }\n';
  fs.writeFileSync(sidecar, broken);
  const c = captureIo(dir);
  assert.equal(await exportRun(['--format', 'w3c', '--out', 'out', KANG, MINJOO], c.io, fakeDeps), 1);
  assert.match(c.stderr(), new RegExp(`${sidecar.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:9: .*id must be an IRI`));
  assert.equal(fs.readFileSync(sidecar, 'utf8'), broken);
  // the other article is still exported
  assert.ok(fs.existsSync(path.join(dir, 'out', `${MINJOO.replace(/\.article$/, '')}.annotations.json`)));
});

test('export with the real pipeline includes the saved decisions merged over the detections', async () => {
  const { dir, text } = withDecisions();
  const c = captureIo(dir);
  assert.equal(await exportRun(['--format', 'jsonl', KANG], c.io), 0, c.stderr());
  const rec = JSON.parse(c.stdout());
  const kang = spanOf(text, 'Kang Kyung-wha');
  assert.ok(rec.entities.some((e: { start: number; end: number; type: string }) => e.start === kang.start && e.end === kang.end && e.type === 'person'));
  assert.ok(!rec.entities.some((e: { text: string }) => e.text === '6km'));
});

test('export passes --reference-date to the analysis of each article, and refuses a bad one', async () => {
  const dir = tempWithSamples();
  const seen: (string | undefined)[] = [];
  const deps = { ...fakeDeps, analyzeFile: async (file: string, ref?: { value: string }) => { seen.push(ref?.value); return fakeDeps.analyzeFile(file); } };
  const c = captureIo(dir);
  assert.equal(await exportRun(['--format', 'jsonl', '--reference-date', '2017-11-20', KANG], c.io, deps), 0);
  assert.deepEqual(seen, ['2017-11-20']);
  const bad = captureIo(dir);
  assert.equal(await exportRun(['--format', 'jsonl', '--reference-date', 'yesterday', KANG], bad.io, deps), 2);
  assert.match(bad.stderr(), /--reference-date must be a date YYYY-MM-DD, not 'yesterday'/);
});
