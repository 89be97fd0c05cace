import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDecision } from '../../server/src/annotations/decision';
import { reanchorAll } from '../../server/src/annotations/reanchor';
import { formatSidecar, parseSidecar } from '../../server/src/annotations/sidecarFile';
import { KANG, sampleText, spanOf } from './samples';

// The W3C model: a TextPositionSelector counts "in terms of unicode code points …, not in terms of code units". An
// emoji is one code point and two UTF-16 code units, so every span after it is one further on in JavaScript.
const text = `🇨🇳🤝🇰🇷 ${sampleText(KANG)}`;
const ID = 'urn:uuid:0b7c1c38-5a5e-4c8e-9d0c-1f1b7b9e2a11';

test('the position selector counts code points: after three emoji flags and a handshake, "Wang Yi" starts 5 earlier', () => {
  const wang = spanOf(text, 'Wang Yi');
  const doc = JSON.parse(formatSidecar(ID, [makeDecision(text, { label: 'person', ...wang })], KANG, text));
  const [quote, position] = doc.first.items[0].target.selector;
  assert.equal(quote.exact, 'Wang Yi');
  // two flags of two regional indicators each and one handshake: five characters outside the BMP, ten code units
  assert.deepEqual([position.start, position.end], [wang.start - 5, wang.end - 5]);
  assert.equal([...text].slice(position.start, position.end).join(''), 'Wang Yi', 'the code points at the position are the quote');
});

test('reading the sidecar back gives UTF-16 offsets on the same words, anchored exactly', () => {
  const wang = spanOf(text, 'Wang Yi');
  const content = formatSidecar(ID, [makeDecision(text, { label: 'person', ...wang })], KANG, text);
  const [back] = reanchorAll(text, parseSidecar(`${KANG}.annotations.json`, content, text).decisions);
  assert.deepEqual([back.start, back.end, back.anchor], [wang.start, wang.end, 'exact']);
});

test('a sidecar from another tool with only a position selector, in code points, quotes the right words', () => {
  const wang = spanOf(text, 'Wang Yi');
  const points = [...text.slice(0, wang.start)].length;
  const other = {
    '@context': 'http://www.w3.org/ns/anno.jsonld', id: ID, type: 'AnnotationCollection', total: 1,
    first: { id: `${ID}#page1`, type: 'AnnotationPage', startIndex: 0, items: [{
      '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:6a0f4c1e-2f4b-4a36-9a77-6d3f2a9b7c10', type: 'Annotation', motivation: 'tagging',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'person' },
      target: { source: `urn:article:${KANG}`, selector: { type: 'TextPositionSelector', start: points, end: points + 'Wang Yi'.length } },
    }] },
  };
  const [d] = parseSidecar(`${KANG}.annotations.json`, JSON.stringify(other), text).decisions;
  assert.equal(d.exact, 'Wang Yi');
  assert.deepEqual([d.start, d.end], [wang.start, wang.end]);
});
