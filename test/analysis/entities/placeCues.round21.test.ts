import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesAfterIn } from '../../../server/src/analysis/entities/placesAfterIn';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of agency news of the 2020s.

test('a name read as a person after a compass adjective or "strikes on" is a place ("southern Khan Younis", "strikes on Khan Younis")', () => {
  const text = 'Families fled southern Khan Younis overnight. Israeli strikes on Beit Lahiya killed six people.';
  const ms = [at(text, 'Khan Younis', 'person'), at(text, 'Israeli', 'misc'), at(text, 'Beit Lahiya', 'person')];
  assert.deepEqual(shown(text, placesAfterIn(text, ms)), ['Khan Younis/location', 'Israeli/misc', 'Beit Lahiya/location']);
});

test('"the town of", "outskirts of", "residents of", "south of" and "near" before a name read as a person make a place', () => {
  const text = 'Troops reached the outskirts of Tal Afar, south of Dar Salam and near Abu Kamal, as residents of Umm Qasr and the town of Bani Walid waited.';
  const ms = ['Tal Afar', 'Dar Salam', 'Abu Kamal', 'Umm Qasr', 'Bani Walid'].map((n) => at(text, n, 'person'));
  assert.deepEqual(shown(text, placesAfterIn(text, ms)), ['Tal Afar/location', 'Dar Salam/location', 'Abu Kamal/location', 'Umm Qasr/location', 'Bani Walid/location']);
});

test('a person the article names elsewhere without a place cue stays a person, and so does a possessive after "near"', () => {
  const text = 'Crowds gathered near Maria Lopez, and Maria Lopez thanked them. Police stood near Ahmed Saleh\'s house.';
  const ms = [at(text, 'Maria Lopez', 'person'), at(text, 'Maria Lopez', 'person', 'detected', 30), at(text, 'Ahmed Saleh', 'person')];
  assert.deepEqual(shown(text, placesAfterIn(text, ms)), ['Maria Lopez/person', 'Maria Lopez/person', 'Ahmed Saleh/person']);
});
