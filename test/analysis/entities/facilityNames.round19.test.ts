import assert from 'node:assert/strict';
import { test } from 'node:test';
import { facilityNames } from '../../../server/src/analysis/entities/facilityNames';
import { placeHeads } from '../../../server/src/analysis/entities/placeHeads';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of infrastructure news of the 2020s.

test('the pieces of a dam\'s long name, side by side, are one place ("the Upper Atbara Friendship Dam")', () => {
  const text = 'Turbines at the Upper Atbara Friendship Dam began generating power on Friday.';
  const ms = [at(text, 'Upper Atbara', 'misc'), at(text, 'Friendship Dam', 'location')];
  assert.deepEqual(shown(text, facilityNames(text, ms)), ['Upper Atbara Friendship Dam/location']);
});

test('a city written before an airport\'s name is part of it ("Chengdu Tianfu International Airport")', () => {
  const text = 'Flights at Chengdu Tianfu International Airport were delayed by fog.';
  const ms = [at(text, 'Chengdu', 'location'), at(text, 'Tianfu International Airport', 'organization')];
  assert.deepEqual(shown(text, facilityNames(text, ms)), ['Chengdu Tianfu International Airport/location']);
});

test('a possessive or a comma keeps two names apart ("Egypt\'s Aswan High Dam", "Lagos, Lekki Port")', () => {
  const text = 'Egypt\'s Aswan High Dam holds back Lake Nasser. Cargo moved through Lagos, Lekki Port and Apapa.';
  const ms = [at(text, 'Egypt\'s', 'location'), at(text, 'Aswan High Dam', 'location'), at(text, 'Lake Nasser', 'location'),
    at(text, 'Lagos', 'location'), at(text, 'Lekki Port', 'location'), at(text, 'Apapa', 'location')];
  assert.deepEqual(shown(text, facilityNames(text, ms)).length, 6);
});

test('a canal, a dam or a nature reserve the tagger typed a body is a place ("the Kra Isthmus Canal")', () => {
  const text = 'Work on the Kra Isthmus Canal and the Dongting Lake National Nature Reserve was approved.';
  const ms = [at(text, 'Kra Isthmus Canal', 'organization'), at(text, 'Dongting Lake National Nature Reserve', 'organization')];
  assert.deepEqual(shown(text, placeHeads(text, ms)), ['Kra Isthmus Canal/location', 'Dongting Lake National Nature Reserve/location']);
});
