import assert from 'node:assert/strict';
import { test } from 'node:test';
import { versionedNames } from '../../../server/src/analysis/entities/versionedNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology and space news.

test('a name with a decimal version is a product and takes in the version and its tier ("Qwen 2.5", "Gemini 2.0 Flash")', () => {
  const text = 'Zhipu said Orca 2.5 had been downloaded widely, and Lumen 3.0 Flash was faster.';
  const ms = [at(text, 'Zhipu', 'organization'), at(text, 'Orca', 'organization'), at(text, 'Lumen', 'person')];
  assert.deepEqual(shown(text, versionedNames(text, ms)), ['Zhipu/organization', 'Orca 2.5/misc', 'Lumen 3.0 Flash/misc']);
});

test('a name found with its version and read as a person is the product ("Claude 3.5 Sonnet")', () => {
  const text = 'The startup released Vela 3.5 Sonnet on Tuesday.';
  assert.deepEqual(shown(text, versionedNames(text, [at(text, 'Vela 3.5 Sonnet', 'person')])), ['Vela 3.5 Sonnet/misc']);
});

test('a name and a number before the noun for a rocket or a probe is the craft ("the Ariane 6 rocket", "Falcon 9 rockets")', () => {
  const text = 'The Kestrel 6 rocket lifted off, the company\'s 40th flight of Osprey 9 rockets this year.';
  const ms = [at(text, 'Kestrel', 'organization'), at(text, 'Osprey', 'organization')];
  assert.deepEqual(shown(text, versionedNames(text, ms)), ['Kestrel 6/misc', 'Osprey 9/misc']);
});

test('scores, tables and quantities after a name are no version ("Arsenal 2 Chelsea 1", "Sinopec 2.5 million barrels")', () => {
  const text = 'Arsenal 2 Chelsea 1. Sinopec 2.5 million barrels a day. Malta 7.40';
  const ms = [at(text, 'Arsenal', 'organization'), at(text, 'Chelsea', 'organization'), at(text, 'Sinopec', 'organization'), at(text, 'Malta', 'location')];
  assert.deepEqual(shown(text, versionedNames(text, ms)), ['Arsenal/organization', 'Chelsea/organization', 'Sinopec/organization', 'Malta/location']);
});
