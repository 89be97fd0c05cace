import assert from 'node:assert/strict';
import { test } from 'node:test';
import { craftNames } from '../../../server/src/analysis/entities/craftNames';
import { at, shown } from './harmonizeHelpers';

test('a name the tagger read as a company or person right before "rover" or "submersible" is the craft ("the Zhurong rover")', () => {
  const text = 'The Zhurong rover and the Rosalind Franklin rover will be joined by the Jiaolong submersible.';
  const ms = [at(text, 'Zhurong', 'organization'), at(text, 'Rosalind Franklin', 'person'), at(text, 'Jiaolong', 'person')];
  assert.deepEqual(shown(text, craftNames(text, ms)), ['Zhurong/misc', 'Rosalind Franklin/misc', 'Jiaolong/misc']);
});

test('a place before "rover" is where it goes, and an agency in capitals is its owner ("the Mars rover", "the NASA rover")', () => {
  const text = 'The Mars rover and the NASA rover landed.';
  const ms = [at(text, 'Mars', 'location'), at(text, 'NASA', 'organization')];
  assert.deepEqual(shown(text, craftNames(text, ms)), ['Mars/location', 'NASA/organization']);
});

test('a name ending in "Telescope" is the instrument, not the person it honours ("the James Webb Space Telescope")', () => {
  const text = 'The James Webb Space Telescope spotted water vapour around a distant planet.';
  assert.deepEqual(shown(text, craftNames(text, [at(text, 'James Webb Space Telescope', 'person')])), ['James Webb Space Telescope/misc']);
});
