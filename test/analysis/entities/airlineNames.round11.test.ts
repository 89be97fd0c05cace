import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('"Air" and a name, or a name ending in "Airlines" or "Airways", is an airline, not a place ("Air China", "Qatar Airways")', () => {
  const text = 'Air China and Qatar Airways added flights between Beijing and Doha.';
  const ms = [at(text, 'Air China', 'location'), at(text, 'Qatar Airways', 'location'), at(text, 'Beijing', 'location'), at(text, 'Doha', 'location')];
  assert.deepEqual(run(text, ms), ['Air China/organization', 'Qatar Airways/organization', 'Beijing/location', 'Doha/location']);
});

test('a country and a direction is the airline the article names with "Airlines" ("China Southern Airlines" … "China Southern")', () => {
  const text = 'China Southern Airlines will open a route to Cairo. China Southern said bookings rose, while Hong Kong Airlines flew to Hong Kong.';
  const ms = [at(text, 'China Southern Airlines', 'organization'), at(text, 'Cairo', 'location'), at(text, 'China Southern', 'location', 'detected', 40),
    at(text, 'Hong Kong Airlines', 'organization'), at(text, 'Hong Kong', 'location', 'detected', 110)];
  assert.deepEqual(run(text, ms), ['China Southern Airlines/organization', 'Cairo/location', 'China Southern/organization',
    'Hong Kong Airlines/organization', 'Hong Kong/location']);
});

test('a country and a direction stays a place when no airline of that name is in the article', () => {
  const text = 'Floods hit China Southern provinces, officials said.';
  assert.deepEqual(run(text, [at(text, 'China Southern', 'location')]), ['China Southern/location']);
});
