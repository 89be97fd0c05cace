import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a maker followed by a model number and variant is one product: "the Boeing 737 MAX", "an Embraer E195"', () => {
  const text = 'Pilots of the Boeing 737 MAX flew beside an Embraer E195 and two Boeing 787 jets.';
  assert.deepEqual(run(text, [at(text, 'Boeing', 'organization'), at(text, 'MAX', 'person'), at(text, 'Embraer', 'organization'), at(text, 'Boeing', 'organization', 'detected', text.indexOf('two'))]),
    ['Boeing 737 MAX/misc', 'Embraer E195/misc', 'Boeing 787/misc']);
});

test('a maker and model the tagger found whole as an organization is a product: "Comac C919"', () => {
  const text = 'Passengers boarded a Comac C919 at Hongqiao on Sunday.';
  assert.deepEqual(run(text, [at(text, 'Comac C919', 'organization')]), ['Comac C919/misc']);
});

test('scores, distances and years after a name are no model numbers', () => {
  const text = 'Arsenal 2 Chelsea 1. Surrey 420-5 declared. She is the Asian 5,000 and 10,000 metres record holder since Euro 2000.';
  const ms = [at(text, 'Arsenal', 'organization'), at(text, 'Chelsea', 'organization'), at(text, 'Surrey', 'organization'),
    at(text, 'Asian', 'misc'), at(text, 'Euro 2000', 'misc')];
  assert.deepEqual(run(text, ms), ['Arsenal/organization', 'Chelsea/organization', 'Surrey/organization', 'Asian/misc', 'Euro 2000/misc']);
});
