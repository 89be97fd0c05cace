import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { eventPlurals } from '../../../server/src/analysis/entities/eventPlurals';
import { NO_GAZETTEER, type Gazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s football and world news.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('a fixture named in the plural is no organization ("four of the last five Clasicos")', () => {
  const out = names('Barcelona have lost three of the last four Clasicos at the Bernabeu.');
  assert.ok(!out.includes('Clasicos/organization'), out.join(', '));
});

test('the plural of an event the article names as misc is misc too ("the Expo" … "two Expos")', () => {
  const text = 'Osaka hosted the World Expo in 2025, and the city has now hosted two Expos.';
  const ms = [at(text, 'Osaka', 'location'), at(text, 'World Expo', 'misc'), at(text, 'Expos', 'organization')];
  assert.deepEqual(shown(text, eventPlurals(text, ms, [], NO_GAZETTEER)), ['Osaka/location', 'World Expo/misc', 'Expos/misc']);
});

test('a place a gazetteer lists stays a place though it looks like a misc name\'s plural ("American" … "both Americas")', () => {
  const text = 'The American envoy toured both Americas.';
  const gz: Gazetteer = { ...NO_GAZETTEER, isKnownPlace: (n) => n === 'Americas' };
  const ms = [at(text, 'American', 'misc'), at(text, 'Americas', 'location')];
  assert.deepEqual(shown(text, eventPlurals(text, ms, [], gz)), ['American/misc', 'Americas/location']);
});

test('a plural of a misc name without a count before it is left to the tagger ("the Democrats said")', () => {
  const text = 'A Democrat senator spoke, and the Democrats said they would vote no.';
  const ms = [at(text, 'Democrat', 'misc'), at(text, 'Democrats', 'organization')];
  assert.deepEqual(shown(text, eventPlurals(text, ms, [], NO_GAZETTEER)), ['Democrat/misc', 'Democrats/organization']);
});
