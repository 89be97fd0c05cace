import assert from 'node:assert/strict';
import { test } from 'node:test';
import { artworkNames } from '../../../server/src/analysis/entities/artworkNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of culture and travel news of the 2020s.

test('an army of clay sculptures is one work of art, misc, not an organization ("the Terracotta Army")', () => {
  const text = 'More than 40,000 visitors a day queued to see the Terracotta Army during the Spring Festival holiday.';
  assert.deepEqual(shown(text, artworkNames(text, [at(text, 'Terracotta Army', 'organization'), at(text, 'Spring Festival', 'misc')])), ['Terracotta Army/misc', 'Spring Festival/misc']);
});
