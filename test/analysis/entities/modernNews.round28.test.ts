import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { highlightSpans } from '../../../server/src/features/semanticTokens';

// Sentences and articles written for these tests, in the style of 2025 world news.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);
const LAYERS = { entities: true, dates: true, quotes: true };

test('a surname used alone after the full name is that person beside an institution ("Hegseth told the Pentagon press corps")', () => {
  const text = 'Defense Secretary Pete Hegseth toured a shipyard on Monday. Hegseth told the Pentagon press corps that the budget would rise.';
  const ms = names(text);
  assert.ok(ms.includes('Pete Hegseth/person'), ms.join(' | '));
  assert.ok(ms.includes('Hegseth/person'), ms.join(' | '));
  assert.ok(ms.includes('Pentagon/organization'), ms.join(' | '));
});

const CAPTIONED = 'Drones Draw Crowds at Shenzhen Expo\nCGTN\n\n'
  + 'Visitors look at delivery drones at an expo in Shenzhen, Guangdong Province, May 20, 2025. /CGTN Photo\n\n'
  + 'Organizers said the four-day show drew more than 80,000 visitors.\n\n'
  + 'A robot dog performs for children at the expo, May 21, 2025. (Photo/CGTN)\n';

test('the agency of a photo credit is an organization in the analysis itself ("/CGTN Photo", "(Photo/CGTN)")', () => {
  const a = analyzer.analyze(CAPTIONED);
  const credits = a.mentions.filter((m) => m.text === 'CGTN');
  assert.equal(credits.length, 3);
  assert.deepEqual(credits.map((m) => m.type), ['organization', 'organization', 'organization']);
  assert.ok(credits.every((m) => a.entities[m.entity]?.type === 'organization'));
});

test('the editor\'s colours (semantic tokens) show a photo credit\'s agency as an organization, never a person', () => {
  const a = analyzer.analyze(CAPTIONED);
  const spans = highlightSpans(a, LAYERS).filter((s) => CAPTIONED.slice(s.start, s.end) === 'CGTN');
  assert.equal(spans.length, 3);
  assert.ok(spans.every((s) => s.type === 'organization'), spans.map((s) => s.type).join(','));
});
