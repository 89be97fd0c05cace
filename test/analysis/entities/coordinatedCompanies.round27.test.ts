import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { coordinatedCompanies } from '../../../server/src/analysis/entities/coordinatedCompanies';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s Chinese business news.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('a coined brand listed with a web-address brand is an organization, not a person ("Ele.me and Meituan said")', () => {
  assert.deepEqual(names('Ele.me and Meituan said they would cut commissions for small restaurants.'), ['Ele.me/organization', 'Meituan/organization']);
});

test('a coined brand listed with a known company is an organization, not a place ("Zorvanta and Tencent")', () => {
  const text = 'Zorvanta and Tencent signed a cloud deal.';
  const gz = placesGazetteer([], ['Tencent'], ['Zorvanta']);
  const ms = [at(text, 'Zorvanta', 'location'), at(text, 'Tencent', 'organization')];
  assert.deepEqual(shown(text, coordinatedCompanies(text, ms, tokenize(text).tokens, gz)), ['Zorvanta/organization', 'Tencent/organization']);
});

test('a person named by surname beside an institution that is no listed company stays a person ("Okonjo and Interpol")', () => {
  const text = 'Okonjo and Interpol said the plan would go ahead.';
  const gz = placesGazetteer([], [], ['Okonjo']);
  const ms = [at(text, 'Okonjo', 'person'), at(text, 'Interpol', 'organization')];
  assert.deepEqual(shown(text, coordinatedCompanies(text, ms, tokenize(text).tokens, gz)), ['Okonjo/person', 'Interpol/organization']);
});
