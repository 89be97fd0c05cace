import assert from 'node:assert/strict';
import { test } from 'node:test';
import { versionedNames } from '../../../server/src/analysis/entities/versionedNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology news of the 2020s.

test('a device the tagger found nothing of is found by its generation number and its sales ("X 2 sales reached …")', () => {
  const text = 'Vortex 2 sales reached 8 million units, and Lumen 12 shipments doubled.';
  assert.deepEqual(shown(text, versionedNames(text, [])), ['Vortex 2/misc', 'Lumen 12/misc']);
});

test('a name with a generation number after a verb of launching is a product, and the tagger\'s company reading of its first word gives way', () => {
  const text = 'Honvale unveiled the Aero 11 at its autumn event, while Kestrel launched its Falconet 5.';
  const ms = [at(text, 'Honvale', 'organization'), at(text, 'Aero', 'organization'), at(text, 'Kestrel', 'organization')];
  assert.deepEqual(shown(text, versionedNames(text, ms)), ['Honvale/organization', 'Aero 11/misc', 'Kestrel/organization', 'Falconet 5/misc']);
});

test('a rank, a count or a stage before a number and sales is no product ("Top 10 smartphones", "Phase 3")', () => {
  const text = 'Top 10 smartphones made up half the market. Only 3 units were left, and Phase 2 sales begin in May.';
  assert.deepEqual(shown(text, versionedNames(text, [])), []);
});
