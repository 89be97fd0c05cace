import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unitPlaces } from '../../../server/src/analysis/entities/unitPlaces';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of news of the 2020s.

const apply = (text: string, ms: Parameters<typeof unitPlaces>[1]) => shown(text, unitPlaces(text, ms));

test('a name before a noun of an administrative unit is a place ("Quang Nhai province", "Kherson oblast")', () => {
  const text = 'Floods in Quang Nhai province forced thousands from their homes, while shelling hit Kherson oblast.';
  assert.deepEqual(apply(text, [at(text, 'Quang Nhai', 'organization'), at(text, 'Kherson', 'person')]), ['Quang Nhai/location', 'Kherson/location']);
});

test('a people\'s adjective before "region" stays misc ("the Kurdish region")', () => {
  const text = 'Oil exports from the Kurdish region resumed on Monday.';
  assert.deepEqual(apply(text, [at(text, 'Kurdish', 'misc')]), ['Kurdish/misc']);
});
