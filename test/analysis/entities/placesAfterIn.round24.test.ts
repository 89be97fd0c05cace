import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { placesAfterIn } from '../../../server/src/analysis/entities/placesAfterIn';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of British political and business news of the 2020s.

const gazetteer = placesGazetteer(['Brentford', 'Sunderland'], ['Brentford', 'Sunderland']);

test('a city whose name is also a club\'s or a firm\'s is a place after "in" when something is held there ("its conference in Brentford")', () => {
  const text = 'The party will hold its annual conference in Brentford next month.';
  assert.deepEqual(shown(text, placesAfterIn(text, [at(text, 'Brentford', 'organization')], [], gazetteer)), ['Brentford/location']);
});

test('after other words "in" may name the firm, and a name known as a company stays one ("invested in Sunderland")', () => {
  const text = 'The pension fund invested in Sunderland last year.';
  assert.deepEqual(shown(text, placesAfterIn(text, [at(text, 'Sunderland', 'organization')], [], gazetteer)), ['Sunderland/organization']);
});
