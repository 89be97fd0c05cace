import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { articleIri, articleNameFromSource } from '../../server/src/annotations/articleIri';
import { makeDecision } from '../../server/src/annotations/decision';
import { formatSidecar, readSidecar, saveSidecar, SidecarError, sidecarPathFor } from '../../server/src/annotations/sidecarFile';
import { annotationMustFailures, collectionMustFailures } from './w3cMusts';
import { KANG, sampleText, spanOf, tempWithSamples } from './samples';

const text = sampleText(KANG);
const quoteSpan = spanOf(text, '"We are not considering any additional THAAD deployment,"');
const decisions = [
  makeDecision(text, { label: 'person', ...spanOf(text, 'Wang Yi'), creator: 'alice' }),
  makeDecision(text, { label: 'none', ...spanOf(text, '6km') }),
  makeDecision(text, { label: 'quote', ...quoteSpan, speaker: 'Kang Kyung-wha', creator: 'alice' }),
];

test('the sidecar passes the W3C Web Annotation MUST assertions for collections and annotations', () => {
  const doc = JSON.parse(formatSidecar('urn:uuid:0b7c1c38-5a5e-4c8e-9d0c-1f1b7b9e2a11', decisions, KANG, text));
  assert.deepEqual(collectionMustFailures(doc), []);
  for (const a of doc.first.items) assert.deepEqual(annotationMustFailures(a), []);
  assert.equal(doc.total, 3);
  assert.equal(doc.first.id, `${doc.id}#page1`);
});

test('the MUST checks reject an annotation that breaks them', () => {
  const doc = JSON.parse(formatSidecar('urn:uuid:0b7c1c38-5a5e-4c8e-9d0c-1f1b7b9e2a11', decisions, KANG, text));
  const bad = { ...doc.first.items[0], bodyValue: 'x', created: 'yesterday', id: 'no uri' };
  delete bad.target;
  assert.equal(annotationMustFailures(bad).length, 4);
  assert.ok(collectionMustFailures({ ...doc, first: undefined }).some((m) => m.includes('first is required')));
});

test('each annotation carries the tagging body, both selectors, the article IRI, creator and created', () => {
  const doc = JSON.parse(formatSidecar('urn:uuid:0b7c1c38-5a5e-4c8e-9d0c-1f1b7b9e2a11', decisions, KANG, text));
  const person = doc.first.items.find((a: { body: { value?: string } }) => !Array.isArray(a.body) && a.body.value === 'person');
  assert.equal(person.motivation, 'tagging');
  assert.deepEqual(person.body, { type: 'TextualBody', purpose: 'tagging', value: 'person' });
  assert.equal(person.target.source, 'urn:article:wang-yi-kang-kyung-wha.article');
  const [q, p] = person.target.selector;
  assert.equal(q.type, 'TextQuoteSelector');
  assert.equal(q.exact, 'Wang Yi');
  assert.equal(q.prefix, 'hina"]\nChinese Foreign Minister ');
  assert.equal(q.suffix.length, 32);
  assert.deepEqual(p, { type: 'TextPositionSelector', ...spanOf(text, 'Wang Yi') });
  assert.deepEqual(person.creator, { type: 'Person', name: 'alice' });
  assert.match(person.created, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  assert.match(person.id, /^urn:uuid:[0-9a-f-]{36}$/);
});

test('a quote with a speaker gets a second, identifying body', () => {
  const doc = JSON.parse(formatSidecar('urn:uuid:0b7c1c38-5a5e-4c8e-9d0c-1f1b7b9e2a11', decisions, KANG, text));
  const quote = doc.first.items.find((a: { body: unknown }) => Array.isArray(a.body));
  assert.deepEqual(quote.body[1], { type: 'TextualBody', purpose: 'identifying', value: 'Kang Kyung-wha' });
});

test('an empty sidecar has total 0 and no first page', () => {
  const doc = JSON.parse(formatSidecar('urn:uuid:0b7c1c38-5a5e-4c8e-9d0c-1f1b7b9e2a11', [], KANG, text));
  assert.equal(doc.total, 0);
  assert.equal('first' in doc, false);
  assert.deepEqual(collectionMustFailures(doc), []);
});

test('the article IRI is percent-encoded and never a local path; readers accept a plain relative name', () => {
  assert.equal(articleIri('/home/me/news/Wang Yi & Kang.article'), 'urn:article:Wang%20Yi%20%26%20Kang.article');
  assert.equal(articleNameFromSource('urn:article:Wang%20Yi%20%26%20Kang.article'), 'Wang Yi & Kang.article');
  assert.equal(articleNameFromSource('Wang Yi.article'), 'Wang Yi.article');
  assert.equal(articleNameFromSource('file:///home/me/a.article'), null);
});

test('saving then reading gives back the decisions, and the collection id is kept on every rewrite', () => {
  const dir = tempWithSamples();
  const article = path.join(dir, KANG);
  const first = saveSidecar(article, decisions, text);
  const back = readSidecar(article)!;
  assert.equal(back.collectionId, first.collectionId);
  assert.deepEqual(
    back.decisions.map(({ anchor, ...d }) => d),
    [...decisions].sort((a, b) => a.start - b.start).map(({ anchor, ...d }) => d),
  );
  const second = saveSidecar(article, decisions.slice(0, 1), text);
  assert.equal(second.collectionId, first.collectionId);
  assert.equal(readSidecar(article)!.decisions.length, 1);
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('a sidecar that is not valid JSON is reported with file, line and column and left byte-for-byte untouched', () => {
  const dir = tempWithSamples();
  const article = path.join(dir, KANG);
  const broken = '{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "id": "urn:uuid:x",\n  "total": 1,,\n}\n';
  fs.writeFileSync(sidecarPathFor(article), broken);
  assert.throws(() => saveSidecar(article, decisions, text), (e: unknown) => {
    assert.ok(e instanceof SidecarError);
    assert.equal(e.file, sidecarPathFor(article));
    assert.deepEqual([e.line, e.column], [4, 14]);
    assert.match(e.message, /annotations\.json:4:14: not valid JSON/);
    return true;
  });
  assert.equal(fs.readFileSync(sidecarPathFor(article), 'utf8'), broken);
});

test('a sidecar of an unknown shape is reported at the offending value and never overwritten', () => {
  const dir = tempWithSamples();
  const article = path.join(dir, KANG);
  saveSidecar(article, decisions, text);
  const content = fs.readFileSync(sidecarPathFor(article), 'utf8').replace('"value": "person"', '"value": "celebrity"');
  fs.writeFileSync(sidecarPathFor(article), content);
  const expectedLine = content.slice(0, content.indexOf('"celebrity"')).split('\n').length;
  assert.throws(() => saveSidecar(article, [], text), (e: unknown) => {
    assert.ok(e instanceof SidecarError);
    assert.equal(e.line, expectedLine);
    assert.match(e.reason, /unknown label "celebrity"/);
    return true;
  });
  assert.equal(fs.readFileSync(sidecarPathFor(article), 'utf8'), content);
});

test('readers accept a plain relative source, an @context array and one-element arrays from other tools', () => {
  const dir = tempWithSamples();
  const article = path.join(dir, KANG);
  const wang = spanOf(text, 'Wang Yi');
  const doc = {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { extra: 'http://example.org/' }],
    id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
    type: ['AnnotationCollection'],
    total: 1,
    first: {
      id: 'urn:uuid:11111111-2222-4333-8444-555555555555#page1',
      type: 'AnnotationPage',
      items: [
        {
          id: 'urn:uuid:aaaaaaaa-2222-4333-8444-555555555555',
          type: 'Annotation',
          created: '2026-01-01T00:00:00+01:00',
          creator: ['bob'],
          body: [{ type: 'TextualBody', purpose: ['tagging'], value: 'person' }],
          // only a position selector, and a relative source
          target: { source: KANG, selector: { type: 'TextPositionSelector', ...wang } },
        },
      ],
    },
  };
  fs.writeFileSync(sidecarPathFor(article), JSON.stringify(doc));
  const s = readSidecar(article, text)!;
  assert.equal(s.collectionId, doc.id);
  assert.deepEqual([s.decisions[0].label, s.decisions[0].exact, s.decisions[0].creator], ['person', 'Wang Yi', 'bob']);
});

test('a date whose value a person set keeps it in a describing body, read back as the decision\'s value', () => {
  const wednesday = makeDecision(text, { label: 'date', ...spanOf(text, 'Wednesday'), value: '2017-11-15' });
  const doc = JSON.parse(formatSidecar('urn:uuid:0b7c1c38-5a5e-4c8e-9d0c-1f1b7b9e2a11', [wednesday], KANG, text));
  const a = doc.first.items[0];
  assert.deepEqual(a.body[1], { type: 'TextualBody', purpose: 'describing', value: '2017-11-15' });
  assert.deepEqual(annotationMustFailures(a), []);
  const dir = tempWithSamples();
  const file = path.join(dir, KANG);
  fs.writeFileSync(sidecarPathFor(file), formatSidecar('urn:uuid:0b7c1c38-5a5e-4c8e-9d0c-1f1b7b9e2a11', [wednesday], KANG, text));
  assert.equal(readSidecar(file)!.decisions[0].value, '2017-11-15');
});

test('a describing body that is not a TIMEX3 value is refused with the place of the error', () => {
  const wednesday = makeDecision(text, { label: 'date', ...spanOf(text, 'Wednesday'), value: '2017-11-15' });
  const doc = JSON.parse(formatSidecar('urn:uuid:0b7c1c38-5a5e-4c8e-9d0c-1f1b7b9e2a11', [wednesday], KANG, text));
  doc.first.items[0].body[1].value = 'next Tuesday';
  const dir = tempWithSamples();
  const file = path.join(dir, KANG);
  fs.writeFileSync(sidecarPathFor(file), JSON.stringify(doc));
  assert.throws(() => readSidecar(file), (e: unknown) => e instanceof SidecarError && /not a TIMEX3 value/.test(e.message));
});
