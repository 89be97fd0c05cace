import assert from 'node:assert/strict';
import { test } from 'node:test';
import { personAppositions } from '../../../server/src/analysis/entities/personAppositions';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of conflict reporting of the 2020s.

test('a commander in apposition is a person\'s post ("X, the commander of the … Forces,")', () => {
  const text = 'Dagalo, the commander of the Northern Shield Forces, rejected the truce.';
  const ms = [at(text, 'Dagalo', 'location'), at(text, 'Northern Shield Forces', 'organization')];
  assert.deepEqual(shown(text, personAppositions(text, ms)), ['Dagalo/person', 'Northern Shield Forces/organization']);
});

test('a place fronted before the comma is no person: the clause after it has its own subject ("In X, the commander of …")', () => {
  const text = 'In Varvansk, the commander of the garrison told reporters the town was calm.';
  assert.deepEqual(shown(text, personAppositions(text, [at(text, 'Varvansk', 'location')])), ['Varvansk/location']);
});
