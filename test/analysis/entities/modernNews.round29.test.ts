import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { actingCompanies } from '../../../server/src/analysis/entities/actingCompanies';
import { employerNames } from '../../../server/src/analysis/entities/employerNames';
import { NO_GAZETTEER, placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { openingParticiples } from '../../../server/src/analysis/entities/openingParticiples';
import { placePrefixes } from '../../../server/src/analysis/entities/placePrefixes';
import { toNames } from '../../../server/src/analysis/entities/toNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s diplomatic, sports, business and tech reporting.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('a capitalized "To" inside a sentence of prose opens a Vietnamese name, whatever follows ("talks with To Lam, general secretary …")', () => {
  const text = 'Xi will hold talks with To Lam, general secretary of the ruling party, on Tuesday.';
  assert.deepEqual(shown(text, toNames(text, [at(text, 'Xi', 'person'), at(text, 'Lam', 'location')])), ['Xi/person', 'To Lam/person']);
});

test('"To" after a leader\'s title, and before "paid", is part of the name ("General Secretary To Lam", "To Lam paid a visit")', () => {
  const out = names('Party General Secretary To Lam met the delegation in Hanoi. To Lam paid a state visit to Laos last year.');
  assert.equal(out.filter((n) => n === 'To Lam/person').length, 2, out.join(', '));
});

test('a capitalized "To" in a title-case headline is the preposition still ("Leaders Fly To Hanoi For Summit")', () => {
  const text = 'Asian Leaders Fly To Hanoi For Regional Summit';
  assert.deepEqual(shown(text, toNames(text, [at(text, 'Hanoi', 'location')])), ['Hanoi/location']);
});

test('a one-word name opening a sentence with ", which" is no person: people are "who" ("Glimmr, which is owned by …")', () => {
  const text = 'Glimmr, which is owned by a Singapore company, said it disagreed. Regulators say Glimmr keeps teenagers scrolling.';
  const ms = [at(text, 'Glimmr', 'person'), at(text, 'Singapore', 'location'), at(text, 'Glimmr', 'person', 'detected', 20)];
  assert.deepEqual(shown(text, actingCompanies(text, ms)), ['Glimmr/organization', 'Singapore/location', 'Glimmr/organization']);
});

test('"which" after a name that ends a phrase may be of an earlier noun, and the person stays ("a son of Halvorsen, which plans …")', () => {
  const text = 'The carmaker is controlled by a son of Halvorsen, which plans to build a plant next year.';
  assert.deepEqual(shown(text, actingCompanies(text, [at(text, 'Halvorsen', 'person')])), ['Halvorsen/person']);
});

test('a one-word name the tagger called a person, after a job noun and "at", is a firm ("an analyst at Bernstein"); "for" a person stays', () => {
  const text = 'Daniel Okafor, an analyst at Bernstein, said so, and a lawyer for Kovacs declined to comment.';
  const ms = [at(text, 'Daniel Okafor', 'person'), at(text, 'Bernstein', 'person'), at(text, 'Kovacs', 'person')];
  assert.deepEqual(shown(text, employerNames(text, ms, [], NO_GAZETTEER)), ['Daniel Okafor/person', 'Bernstein/organization', 'Kovacs/person']);
});

test('a participle opening a sentence is no name beside the place after it ("Born in Belo Horizonte, …")', () => {
  const text = 'Born in Belo Horizonte, Mendes joined the academy at 16. Born said he would stay.';
  const ms = [at(text, 'Born', 'location'), at(text, 'Belo Horizonte', 'location'), at(text, 'Mendes', 'person'), at(text, 'Born', 'person', 'detected', 10)];
  assert.deepEqual(shown(text, openingParticiples(text, ms)), ['Belo Horizonte/location', 'Mendes/person', 'Born/person']);
});

test('a club named after its city, read whole but as a place, is an organization ("linked with Arsenal and Paris Saint-Germain")', () => {
  const text = 'He had been linked with Arsenal and Paris Saint-Germain.';
  const gz = { ...placesGazetteer(['Paris']), isKnownOrganization: (n: string) => n === 'Paris Saint-Germain' };
  const ms = [at(text, 'Arsenal', 'organization'), at(text, 'Paris Saint-Germain', 'location')];
  assert.deepEqual(shown(text, placePrefixes(text, ms, [], gz)), ['Arsenal/organization', 'Paris Saint-Germain/organization']);
});

test('a place whose first word is no place stays a place, though some list knows it as a club ("St Louis")', () => {
  const text = 'The storm reached St Louis on Sunday.';
  const gz = { ...NO_GAZETTEER, isKnownOrganization: (n: string) => n === 'St Louis' };
  assert.deepEqual(shown(text, placePrefixes(text, [at(text, 'St Louis', 'location')], [], gz)), ['St Louis/location']);
});

test('a noun for a kind of company opening a sentence is no part of the name after it ("Chipmaker Nexora Semiconductor reported …")', () => {
  const out = names('Chipmaker Nexora Semiconductor on Wednesday reported record revenue. Automaker Voltra Motors said sales fell.');
  assert.ok(out.includes('Nexora Semiconductor/organization'), out.join(', '));
  assert.ok(out.includes('Voltra Motors/organization'), out.join(', '));
});

test('a noun for a kind of company right after a wire dateline\'s dash opens the sentence too ("(Reuters) - Chipmaker Nexora …")', () => {
  const out = names('SAN JOSE, California, Feb 25 (Reuters) - Chipmaker Nexora Semiconductor on Wednesday reported record revenue.');
  assert.ok(out.includes('Nexora Semiconductor/organization'), out.join(', '));
});
