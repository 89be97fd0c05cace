import assert from 'node:assert/strict';
import { test } from 'node:test';
import { termAcronymsAsMisc } from '../../../server/src/analysis/entities/termAcronyms';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: ReturnType<typeof at>[]) => termAcronymsAsMisc(text, ms).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('a short form of lower-case words ("electric vehicles (EVs)", "purchasing managers\' index (PMI)") is a term (misc) anywhere, not an organization or a place', () => {
  const text = "Exports of electric vehicles (EVs) rose as the purchasing managers' index (PMI) fell. EVs made up half of sales at BYD.";
  const ms = [at(text, 'EVs', 'organization'), at(text, 'PMI', 'organization'), at(text, 'EVs', 'location', 'detected', 80), at(text, 'BYD', 'organization')];
  assert.deepEqual(show(text, ms), ['EVs/misc', 'PMI/misc', 'EVs/misc', 'BYD/organization']);
});

test('a short form of capitalized words, and one a person tagged, stay', () => {
  const text = 'The European Space Agency (ESA) and the state-owned enterprise (SOE) signed a deal.';
  const ms = [at(text, 'European Space Agency', 'organization'), at(text, 'ESA', 'organization'), at(text, 'SOE', 'organization', 'user')];
  assert.deepEqual(show(text, ms), ['European Space Agency/organization', 'ESA/organization', 'SOE/organization']);
});
