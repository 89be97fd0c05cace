import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { possessivePlaces } from '../../../server/src/analysis/entities/possessivePlaces';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s world news.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('a square named with a saint\'s possessive is one place ("St. Peter\'s Square"), not two', () => {
  const out = names("The new pope celebrated his first Sunday Mass in St. Peter's Square before 100,000 pilgrims.");
  assert.ok(out.includes("St. Peter's Square/location"), out.join(', '));
  assert.ok(!out.includes('Square/location'), out.join(', '));
});

test('a saint tagged a person and the head word tagged a place join into one place ("St. Mark" + "Basilica")', () => {
  const text = "Tourists queued outside St. Mark's Basilica in Venice.";
  const ms = [at(text, 'St. Mark', 'person'), at(text, 'Basilica', 'location'), at(text, 'Venice', 'location')];
  assert.deepEqual(shown(text, possessivePlaces(text, ms)), ["St. Mark's Basilica/location", 'Venice/location']);
});

test('a city\'s possessive before a square with a name of its own stays two places ("Beijing\'s Tiananmen Square")', () => {
  const text = "Crowds filled Beijing's Tiananmen Square.";
  const ms = [at(text, 'Beijing', 'location'), at(text, 'Tiananmen Square', 'location')];
  assert.deepEqual(shown(text, possessivePlaces(text, ms)), ['Beijing/location', 'Tiananmen Square/location']);
});
