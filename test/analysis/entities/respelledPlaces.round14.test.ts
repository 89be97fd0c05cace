import assert from 'node:assert/strict';
import { test } from 'node:test';
import { respelledPlaces } from '../../../server/src/analysis/entities/respelledPlaces';
import { at, shown } from './harmonizeHelpers';

test('a place respelled since the tagger\'s news is a place, typed otherwise or missed ("Kyiv said", "Türkiye would host")', () => {
  const text = 'Kyiv said drones struck Kharkiv and Odesa overnight. Türkiye would host the next round of talks.';
  const ms = [at(text, 'Kyiv', 'organization'), at(text, 'Kharkiv', 'location'), at(text, 'Türkiye', 'person')];
  assert.deepEqual(shown(text, respelledPlaces(text, ms)), ['Kyiv/location', 'Kharkiv/location', 'Odesa/location', 'Türkiye/location']);
});

test('a longer name holding a respelled place and a user\'s decision stay as they are ("Kyiv Polytechnic Institute")', () => {
  const text = 'Kyiv Polytechnic Institute reopened. Dynamo Kyiv won, and Kyiv-based analysts agreed. Odesa was tagged by hand.';
  const ms = [at(text, 'Kyiv Polytechnic Institute', 'organization'), at(text, 'Dynamo Kyiv', 'organization'), at(text, 'Odesa', 'misc', 'user')];
  assert.deepEqual(shown(text, respelledPlaces(text, ms)), ['Kyiv Polytechnic Institute/organization', 'Dynamo Kyiv/organization', 'Odesa/misc']);
});

test('"Dnipro", as often a river or a football club, is not among the respelled places', () => {
  const text = 'Dnipro beat Vorskla 2-1 on Saturday.';
  assert.deepEqual(shown(text, respelledPlaces(text, [at(text, 'Dnipro', 'organization'), at(text, 'Vorskla', 'organization')])),
    ['Dnipro/organization', 'Vorskla/organization']);
});
