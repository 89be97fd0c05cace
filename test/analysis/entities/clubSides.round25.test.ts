import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clubSides } from '../../../server/src/analysis/entities/clubSides';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of football news of the 2020s.

test('a name after a league\'s "club" or "side" is the club, even when named after its city', () => {
  const text = 'The Super League club Harbin Port signed a striker, and Bundesliga side Mainz lost at home.';
  const ms = [at(text, 'Super League', 'misc'), at(text, 'Harbin Port', 'location'), at(text, 'Bundesliga', 'misc'), at(text, 'Mainz', 'location')];
  assert.deepEqual(shown(text, clubSides(text, ms)), ['Super League/misc', 'Harbin Port/organization', 'Bundesliga/misc', 'Mainz/organization']);
});

test('a place after a lower-case "side" with no league before it stays a place', () => {
  const text = 'Fans on the other side Mainz had gathered, while the club Mainz supporters use stayed shut.';
  const ms = [at(text, 'Mainz', 'location'), at(text, 'Mainz', 'location', 'detected', 40)];
  assert.deepEqual(shown(text, clubSides(text, ms)), ['Mainz/location', 'Mainz/location']);
});
