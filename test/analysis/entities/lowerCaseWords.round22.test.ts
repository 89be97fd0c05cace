import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropCommonPlurals } from '../../../server/src/analysis/entities/commonPlurals';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { lowerCaseWords } from '../../../server/src/analysis/entities/lowerCaseWords';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of economy and culture news of the 2020s.

test('a word opening a sentence that the article writes in lower case elsewhere is no name ("Tearoom" … "the tearoom")', () => {
  const text = 'Tearoom prices rose again. Locals said the tearoom by the harbour was full.';
  assert.deepEqual(shown(text, lowerCaseWords(text, [at(text, 'Tearoom', 'organization')], tokenize(text).tokens, placesGazetteer([], []))), []);
});

test('a word the article also capitalizes mid-sentence, a known place or company, or a person stays a name', () => {
  const text = 'Amber said it would expand. Workers at Amber agreed. Turkey imports rose; turkey sales fell. Rice spoke; rice is cheap.';
  const ms = [at(text, 'Amber', 'organization'), at(text, 'Amber', 'organization', 'detected', 10), at(text, 'Turkey', 'location'), at(text, 'Rice', 'person')];
  const known = placesGazetteer(['Turkey'], []);
  assert.deepEqual(shown(text, lowerCaseWords(text, ms, tokenize(text).tokens, known)), ['Amber/organization', 'Amber/organization', 'Turkey/location', 'Rice/person']);
});

test('a shop opening a sentence before the people who run it is no name ("Café owners in Zürich said …")', () => {
  const text = 'Café owners in Lucerne said rents had doubled.';
  assert.deepEqual(shown(text, dropCommonPlurals(text, [at(text, 'Café', 'organization'), at(text, 'Lucerne', 'location')])), ['Lucerne/location']);
});
