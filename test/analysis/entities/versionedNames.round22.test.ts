import assert from 'node:assert/strict';
import { test } from 'node:test';
import { versionedNames } from '../../../server/src/analysis/entities/versionedNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology news of the 2020s.

test('a name and a whole number followed by an apposition saying it is a model or a device is a product ("Qwen 3, its latest model")', () => {
  const text = 'The firm released Lumo 3, its latest reasoning model, and Arsenal 2, a club record.';
  const ms = [at(text, 'Lumo', 'organization'), at(text, 'Arsenal', 'organization')];
  assert.deepEqual(shown(text, versionedNames(text, ms)), ['Lumo 3/misc', 'Arsenal/organization']);
});
