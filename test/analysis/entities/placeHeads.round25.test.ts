import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeHeads } from '../../../server/src/analysis/entities/placeHeads';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of culture news of the 2020s.

test('a museum is a place, whatever type the tagger gave it (CoNLL-2003 types museums as places)', () => {
  const text = 'Crowds queued outside the Grand Egyptian Museum and the Shanghai Museum on the holiday.';
  const ms = [at(text, 'Grand Egyptian Museum', 'misc'), at(text, 'Shanghai Museum', 'organization')];
  assert.deepEqual(shown(text, placeHeads(text, ms)), ['Grand Egyptian Museum/location', 'Shanghai Museum/location']);
});

test('a museum named after a person is a place, not that person', () => {
  const text = 'The Van Gogh Museum lent three paintings to the exhibition in Seoul.';
  const ms = [at(text, 'Van Gogh Museum', 'person'), at(text, 'Seoul', 'location')];
  assert.deepEqual(shown(text, placeHeads(text, ms)), ['Van Gogh Museum/location', 'Seoul/location']);
});
