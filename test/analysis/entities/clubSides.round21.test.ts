import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clubSides } from '../../../server/src/analysis/entities/clubSides';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of sports news of the 2020s.

test('a club named after its city, beaten by a club, is the club where the article tells the match ("past Sevilla", "Sevilla\'s Isaac Romero")', () => {
  const text = 'Betis cruise past Sevilla. Betis beat Sevilla 2-0 on Sunday, and Sevilla\'s Isaac Romero was sent off.';
  const ms = [at(text, 'Betis', 'organization'), at(text, 'Sevilla', 'location'), at(text, 'Betis', 'organization', 'detected', 20),
    at(text, 'Sevilla', 'organization', 'detected', 35), at(text, 'Sevilla', 'location', 'detected', 60), at(text, 'Isaac Romero', 'person')];
  assert.deepEqual(shown(text, clubSides(text, ms)), ['Betis/organization', 'Sevilla/organization', 'Betis/organization', 'Sevilla/organization', 'Sevilla/organization', 'Isaac Romero/person']);
});

test('the city itself, outside a match, stays a place; and countries playing countries say nothing of clubs', () => {
  const text = 'Betis beat Sevilla 2-0. Fans later celebrated in Sevilla. Spain beat Portugal, and Portugal\'s fans left.';
  const ms = [at(text, 'Betis', 'organization'), at(text, 'Sevilla', 'organization'), at(text, 'Sevilla', 'location', 'detected', 30),
    at(text, 'Spain', 'location'), at(text, 'Portugal', 'location'), at(text, 'Portugal', 'location', 'detected', 80)];
  assert.deepEqual(shown(text, clubSides(text, ms)), ['Betis/organization', 'Sevilla/organization', 'Sevilla/location', 'Spain/location', 'Portugal/location', 'Portugal/location']);
});
