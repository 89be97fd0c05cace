import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NO_GAZETTEER, placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { demonymBodies } from '../../../server/src/analysis/entities/demonymBodies';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of sport and science news of the 2020s.

test('a nation\'s adjective split from the body it opens joins it ("the Kenyan Athletics Federation")', () => {
  const text = 'The Kenyan Athletics Federation suspended two runners, and the Japanese Chess Association renamed its cup.';
  const ms = [at(text, 'Kenyan', 'misc'), at(text, 'Athletics Federation', 'organization'), at(text, 'Japanese', 'location'), at(text, 'Chess Association', 'misc')];
  assert.deepEqual(shown(text, demonymBodies(text, ms, [], NO_GAZETTEER)), ['Kenyan Athletics Federation/organization', 'Japanese Chess Association/misc']);
});

test('a nation\'s adjective before a ministry stays apart, as the training data writes it as often', () => {
  const text = 'The Dutch Foreign Ministry summoned the envoy.';
  const ms = [at(text, 'Dutch', 'misc'), at(text, 'Foreign Ministry', 'organization')];
  assert.deepEqual(shown(text, demonymBodies(text, ms, [], NO_GAZETTEER)), ['Dutch/misc', 'Foreign Ministry/organization']);
});

test('a country whose name ends like an adjective is no adjective of nation ("Oman" before a body\'s name)', () => {
  const text = 'The Oman Sailing Federation hosted the regatta.';
  const ms = [at(text, 'Oman', 'location'), at(text, 'Sailing Federation', 'organization')];
  assert.deepEqual(shown(text, demonymBodies(text, ms, [], placesGazetteer(['Oman']))), ['Oman/location', 'Sailing Federation/organization']);
});
