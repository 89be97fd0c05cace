import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { attributiveLeaders } from '../../../server/src/analysis/entities/attributiveLeaders';
import { NO_GAZETTEER, placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s political reporting.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('a leader named before the seat of their government is a person, the seat a name of its own ("the Hegseth Pentagon")', () => {
  const out = names('Critics say the Hegseth Pentagon has pushed out senior officers. Defense Secretary Pete Hegseth denied it on Friday.');
  assert.ok(out.includes('Hegseth/person'), out.join(', '));
  assert.ok(out.includes('Pentagon/organization'), out.join(', '));
  assert.ok(!out.some((n) => n.startsWith('Hegseth Pentagon')), out.join(', '));
});

test('a leader before a seat only a government has is a person even where the article names them nowhere else ("the Trump White House")', () => {
  const text = 'Aides in the Trump White House drafted the order.';
  assert.deepEqual(shown(text, attributiveLeaders(text, [at(text, 'Trump White House', 'organization')], [], NO_GAZETTEER)), ['Trump/person', 'White House/organization']);
});

test('a whole the tagger called a person splits into the person and an organization ("the Macron Elysee")', () => {
  const text = 'The Macron Elysee declined to comment on the report.';
  assert.deepEqual(shown(text, attributiveLeaders(text, [at(text, 'Macron Elysee', 'person')], [], NO_GAZETTEER)), ['Macron/person', 'Elysee/organization']);
});

test('a capitalized common noun after a leader the article names is no name: only the person is kept ("the Starmer Government")', () => {
  const text = 'Prime Minister Keir Starmer spoke on Monday. The Starmer Government announced new rules on Tuesday.';
  const ms = [at(text, 'Keir Starmer', 'person'), at(text, 'Starmer Government', 'organization')];
  assert.deepEqual(shown(text, attributiveLeaders(text, ms, [], NO_GAZETTEER)), ['Keir Starmer/person', 'Starmer/person']);
});

test('an agency whose name ends like a government\'s, a month or a known place before a seat stay whole ("Federal Aviation Administration", "the September Treasury")', () => {
  const text = 'The Federal Aviation Administration said the September Treasury auction and the Moscow Kremlin tour went ahead.';
  const ms = [at(text, 'Federal Aviation Administration', 'organization'), at(text, 'September Treasury', 'organization'), at(text, 'Moscow Kremlin', 'location')];
  assert.deepEqual(shown(text, attributiveLeaders(text, ms, [], placesGazetteer(['Moscow']))), ['Federal Aviation Administration/organization', 'September Treasury/organization', 'Moscow Kremlin/location']);
});
