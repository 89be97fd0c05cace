import assert from 'node:assert/strict';
import { test } from 'node:test';
import { possessiveNames } from '../../../server/src/analysis/entities/possessiveNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of agency news of the 2020s.

test('a person\'s possessive the tagger ran into the name after it splits into the person and the name ("Trump\'s Truth Social")', () => {
  const text = 'Senator Jane Okafor spoke on Monday. Okafor\'s Lagos Foundation later denied the report.';
  const ms = [at(text, 'Jane Okafor', 'person'), at(text, 'Okafor\'s Lagos Foundation', 'organization')];
  assert.deepEqual(shown(text, possessiveNames(text, ms)), ['Jane Okafor/person', 'Okafor/person', 'Lagos Foundation/organization']);
});

test('a name whose possessive is its own, with no person before it, stays whole ("People\'s Party", "Queen\'s Park Rangers")', () => {
  const text = 'The People\'s Party won, Queen\'s Park Rangers lost, and Maria Lopez watched.';
  const ms = [at(text, 'People\'s Party', 'organization'), at(text, 'Queen\'s Park Rangers', 'organization'), at(text, 'Maria Lopez', 'person')];
  assert.deepEqual(shown(text, possessiveNames(text, ms)), ['People\'s Party/organization', 'Queen\'s Park Rangers/organization', 'Maria Lopez/person']);
});
