import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';

/** Whole-pipeline checks (tagger, document rules, linking) on short passages in the style of current news. */
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('"China-U.S. talks" names both countries, not a stray "S"', () => {
  assert.deepEqual(names('China-U.S. trade talks resumed in Geneva on Saturday.'), ['China/location', 'U.S./location', 'Geneva/location']);
});

test('a Special Administrative Region is one place, its bracketed short form and its short name the same entity', () => {
  const text = 'The Hong Kong Special Administrative Region (HKSAR) marks its anniversary on July 1. The HKSAR government held a '
    + 'flag-raising ceremony, and Hong Kong residents joined celebrations.';
  const a = analyzer.analyze(text);
  const region = a.entities.find((e) => e.name === 'Hong Kong Special Administrative Region');
  assert.ok(region, a.entities.map((e) => e.name).join(', '));
  assert.equal(region.type, 'location');
  assert.deepEqual([...region.aliases].sort(), ['HKSAR', 'Hong Kong']);
  assert.ok(region.mentions.every((i) => a.mentions[i].type === 'location'));
});

test('a title-case headline names what its article names, not the words around them', () => {
  const text = 'Xi Calls For Stronger Global Governance At SCO Summit\nCGTN\n["china","world"]\n'
    + 'Chinese President Xi Jinping on Monday called for stronger global governance at the Shanghai Cooperation Organisation '
    + '(SCO) summit in Tianjin.\nXi said the SCO should play a bigger role in safeguarding regional peace.';
  const headline = names(text).slice(0, 2);
  assert.deepEqual(headline, ['Xi/person', 'SCO/organization']);
});
