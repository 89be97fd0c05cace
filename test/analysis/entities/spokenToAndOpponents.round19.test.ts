import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acronymPeople } from '../../../server/src/analysis/entities/acronymPeople';
import { surnamePeople } from '../../../server/src/analysis/entities/surnamePeople';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of news and sports wire copy of the 2020s.

test('an acronym spoken to is a broadcaster or an agency, not a place ("Speaking to KBS, …"); countries in capitals stay', () => {
  const text = 'Speaking to KBS, the minister said exports would recover. Iran told the UAE that shipping was safe.';
  const ms = [at(text, 'KBS', 'location'), at(text, 'Iran', 'location'), at(text, 'UAE', 'location')];
  assert.deepEqual(shown(text, acronymPeople(text, ms)), ['KBS/organization', 'Iran/location', 'UAE/location']);
});

test('a one-word name that beats a one-word player is a player ("Andreeva beat Swiatek"); a club beating a manager\'s side is not', () => {
  const text = 'Andreeva beat Swiatek in three sets. Brentford beat Arteta\'s Arsenal on Sunday.';
  const ms = [at(text, 'Andreeva', 'organization'), at(text, 'Swiatek', 'person'), at(text, 'Brentford', 'organization'),
    at(text, 'Arteta', 'person'), at(text, 'Arsenal', 'organization')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)),
    ['Andreeva/person', 'Swiatek/person', 'Brentford/organization', 'Arteta/person', 'Arsenal/organization']);
});
