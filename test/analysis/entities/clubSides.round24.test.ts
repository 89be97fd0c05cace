import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clubSides } from '../../../server/src/analysis/entities/clubSides';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of football news of the 2020s.

test('the sides of a result told after a goal are teams, not people ("X scored twice as Al A beat Al B")', () => {
  const text = 'Salem Dawsari scored twice as Al Qadisa beat Al Raed 3-1 in Riyadh.';
  const ms = [at(text, 'Salem Dawsari', 'person'), at(text, 'Al Qadisa', 'person'), at(text, 'Al Raed', 'person'), at(text, 'Riyadh', 'location')];
  assert.deepEqual(shown(text, clubSides(text, ms)), ['Salem Dawsari/person', 'Al Qadisa/organization', 'Al Raed/organization', 'Riyadh/location']);
});

test('a result with no goal before it may be between players ("X hit 12 aces as Y beat Z")', () => {
  const text = 'The crowd roared as Varnholt beat Okafor in the final.';
  const ms = [at(text, 'Varnholt', 'person'), at(text, 'Okafor', 'person')];
  assert.deepEqual(shown(text, clubSides(text, ms)), ['Varnholt/person', 'Okafor/person']);
});
