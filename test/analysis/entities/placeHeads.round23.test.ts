import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeHeads } from '../../../server/src/analysis/entities/placeHeads';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of travel and sport news of the 2020s.

test('a venue named after a person that the tagger read as that person is the place ("Charles de Gaulle Airport")', () => {
  const text = 'Flights resumed at Amelia Okafor International Airport, and the final is set for Rajiv Menon Stadium.';
  const ms = [at(text, 'Amelia Okafor International Airport', 'person'), at(text, 'Rajiv Menon Stadium', 'person')];
  assert.deepEqual(shown(text, placeHeads(text, ms)), ['Amelia Okafor International Airport/location', 'Rajiv Menon Stadium/location']);
});

test('a person whose surname is also a venue word stays a person ("Bruce Arena", "Jerry Hall")', () => {
  const text = 'Dana Arena praised Marcus Hall and Lena Temple after the match.';
  const ms = [at(text, 'Dana Arena', 'person'), at(text, 'Marcus Hall', 'person'), at(text, 'Lena Temple', 'person')];
  assert.deepEqual(shown(text, placeHeads(text, ms)), ['Dana Arena/person', 'Marcus Hall/person', 'Lena Temple/person']);
});
