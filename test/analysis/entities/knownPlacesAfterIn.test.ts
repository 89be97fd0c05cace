import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { placesAfterIn } from '../../../server/src/analysis/entities/placesAfterIn';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of European diplomatic and business news.

test('a known place the tagger read as an organization is a place after "in" ("talks in Zürich")', () => {
  const text = 'Trade talks resumed in Zürich on Monday. Hotels in Zürich were full.';
  const ms = [at(text, 'Zürich', 'organization'), at(text, 'Zürich', 'organization', 'detected', 30)];
  assert.deepEqual(shown(text, placesAfterIn(text, ms, [], placesGazetteer(['Zürich']))), ['Zürich/location', 'Zürich/location']);
});

test('an organization stays one when the gazetteer knows no such place, knows a company, or the article names it elsewhere as acting', () => {
  const text = 'Shares rose in Amazon and in Congress. Investors in Valencia cheered as Valencia beat Sevilla.';
  const ms = [at(text, 'Amazon', 'organization'), at(text, 'Congress', 'organization'), at(text, 'Valencia', 'organization'),
    at(text, 'Valencia', 'organization', 'detected', 60), at(text, 'Sevilla', 'organization')];
  const known = placesGazetteer(['Amazon', 'Valencia', 'Sevilla'], ['Amazon']);
  assert.deepEqual(shown(text, placesAfterIn(text, ms, [], known)),
    ['Amazon/organization', 'Congress/organization', 'Valencia/organization', 'Valencia/organization', 'Sevilla/organization']);
});
