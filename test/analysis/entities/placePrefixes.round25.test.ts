import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { placePrefixes } from '../../../server/src/analysis/entities/placePrefixes';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of sports and business news of the 2020s.

const gazetteer = placesGazetteer(['Paris', 'Lyon', 'Madrid'], ['Paris Saint-Germain', 'Olympique Lyonnais']);

test('a city opening a longer name known as an organization is part of it ("Paris" of a club\'s full name)', () => {
  const text = 'The teenager scored the winner for Paris Saint-Germain on Sunday.';
  const ms = [at(text, 'Paris', 'location')];
  assert.deepEqual(shown(text, placePrefixes(text, ms, [], gazetteer)), ['Paris Saint-Germain/organization']);
});

test('the longer known name takes in a mention the tagger found inside it', () => {
  const text = 'Paris Saint-Germain signed a midfielder from Madrid.';
  const ms = [at(text, 'Paris', 'location'), at(text, 'Saint-Germain', 'person'), at(text, 'Madrid', 'location')];
  assert.deepEqual(shown(text, placePrefixes(text, ms, [], gazetteer)), ['Paris Saint-Germain/organization', 'Madrid/location']);
});

test('a city followed by words that make no known name stays a place', () => {
  const text = 'Lyon Mayor Gregory Doucet opened the new tram line.';
  const ms = [at(text, 'Lyon', 'location'), at(text, 'Gregory Doucet', 'person')];
  assert.deepEqual(shown(text, placePrefixes(text, ms, [], gazetteer)), ['Lyon/location', 'Gregory Doucet/person']);
});

test('a city standing alone stays a place even where a club bears its name', () => {
  const text = 'Fans travelled from Paris to Madrid for the final.';
  const g = placesGazetteer(['Madrid'], ['Paris']);
  const ms = [at(text, 'Paris', 'location'), at(text, 'Madrid', 'location')];
  assert.deepEqual(shown(text, placePrefixes(text, ms, [], g)), ['Paris/location', 'Madrid/location']);
});
