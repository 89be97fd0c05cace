import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of diplomatic and trade news.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;

test('"the EU trade chief" is the one titled "European Trade Commissioner": EU and European are one union', () => {
  const SEFCOVIC: EntitySpec = { name: 'Maros Sefcovic', type: 'person', forms: ['Maros Sefcovic'], roles: ['european trade commissioner', 'trade commissioner', 'commissioner'] };
  const EU: EntitySpec = { name: 'EU', type: 'organization', forms: ['EU'] };
  const EUROPEAN: EntitySpec = { name: 'European', type: 'misc', forms: ['European'] };
  const text = 'European Trade Commissioner Maros Sefcovic held talks with his Chinese counterpart on Monday.\n"We want a level playing field," the EU trade chief told reporters.';
  assert.equal(speakerOf(text, [SEFCOVIC, EU, EUROPEAN])?.name, 'Maros Sefcovic');
});

test('a country named by a short form or an irregular adjective is the same nation: "the UK foreign secretary" is the British one', () => {
  const LAMMY: EntitySpec = { name: 'David Lammy', type: 'person', forms: ['David Lammy'], roles: ['british foreign secretary', 'foreign secretary', 'secretary'] };
  const UK: EntitySpec = { name: 'UK', type: 'location', forms: ['UK'] };
  const BRITISH: EntitySpec = { name: 'British', type: 'misc', forms: ['British'] };
  const text = 'British Foreign Secretary David Lammy arrived in Beijing on Friday.\n"We want a consistent relationship," the UK foreign secretary said.';
  assert.equal(speakerOf(text, [LAMMY, UK, BRITISH])?.name, 'David Lammy');
});
