import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actingCompanies } from '../../../server/src/analysis/entities/actingCompanies';
import { at, run, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of business news.

test('a coined brand read as a surname is the company after a kind of company ("fast-fashion retailer Shein")', () => {
  const text = 'Fast-fashion retailer Vireo filed for a listing in London. Vireo has faced scrutiny over its supply chain.';
  const second = text.indexOf('Vireo has');
  const ms = [at(text, 'Vireo', 'person'), at(text, 'London', 'location'), at(text, 'Vireo', 'person', 'detected', second)];
  assert.deepEqual(run(text, ms), ['Vireo/organization', 'London/location', 'Vireo/organization']);
});

test('a brand speaking of its own is the company ("Qelu said its sales doubled")', () => {
  const text = 'Qelu said on Monday that its overseas sales had doubled.';
  assert.deepEqual(shown(text, actingCompanies(text, [at(text, 'Qelu', 'person')])), ['Qelu/organization']);
});

test('a trade that people hold before a name keeps the person ("film producer Weinstein"), and so does a speaker', () => {
  const text = 'Veteran film producer Lanzmann said his next project would be shot in Morocco.';
  const ms = [at(text, 'Lanzmann', 'person'), at(text, 'Morocco', 'location')];
  assert.deepEqual(shown(text, actingCompanies(text, ms)), ['Lanzmann/person', 'Morocco/location']);
});

test('a kind of company before a word of a person\'s full name does not make the person a company', () => {
  const text = 'Entrepreneur Jane Roe spoke at the forum. The startup Roe set up in 2019 now employs 300 people.';
  const ms = [at(text, 'Jane Roe', 'person'), at(text, 'Roe', 'person', 'detected', text.indexOf('startup'))];
  assert.deepEqual(run(text, ms), ['Jane Roe/person', 'Roe/person']);
});
