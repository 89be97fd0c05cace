import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { retypeDemonyms } from '../../../server/src/analysis/entities/demonymPlurals';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of Gulf diplomatic news of the 2020s.

const gazetteer = placesGazetteer(['Qatar', 'Oman', 'Mali']);

test('a demonym made with "-i" from a known place is misc, whatever the tagger read ("Qatari Emir …" as a company)', () => {
  const text = 'The Qatari Emir received Omani envoys in Doha.';
  const ms = [at(text, 'Qatari', 'organization'), at(text, 'Omani', 'person')];
  assert.deepEqual(shown(text, retypeDemonyms(text, ms, tokenize(text).tokens, gazetteer)), ['Qatari/misc', 'Omani/misc']);
});

test('a word in "-i" that is a place itself, or after a title, is no demonym ("Mali", "Mr Omani")', () => {
  const text = 'Troops left Mali, Mr Omani said.';
  const ms = [at(text, 'Mali', 'location'), at(text, 'Omani', 'person')];
  assert.deepEqual(shown(text, retypeDemonyms(text, ms, tokenize(text).tokens, gazetteer)), ['Mali/location', 'Omani/person']);
});
