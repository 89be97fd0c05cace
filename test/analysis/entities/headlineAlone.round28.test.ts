import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NO_GAZETTEER, type Gazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { headlineNames } from '../../../server/src/analysis/entities/headlineNames';
import { retypeDocumentNames } from '../../../server/src/analysis/entities/documentNames';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

/** A gazetteer that knows a few places, companies and a nation's adjective, as the lexicon's would. */
const PLACES = new Set(['china', 'japan']);
const NON_PERSONS = new Set(['china', 'japan', 'chinese', 'nvidia', 'global', 'new development bank']);
const GAZ: Gazetteer = {
  ...NO_GAZETTEER,
  isKnownPlace: (n) => PLACES.has(n.toLowerCase()),
  isKnownNonPerson: (n) => NON_PERSONS.has(n.toLowerCase()),
  wordRank: (w) => (w.toLowerCase() === 'nvidia' ? 40000 : 500),
};

test('a title-case headline alone keeps only the runs a gazetteer knows, typed by it ("China Unveils New Plan" → "China")', () => {
  const text = 'China Unveils New Plan to Boost Consumption';
  const ms = [at(text, 'China Unveils New Plan', 'misc'), at(text, 'Boost Consumption', 'organization')];
  assert.deepEqual(shown(text, headlineNames(text, ms, [], GAZ)), ['China/location']);
});

test('a title-case headline alone with "Is" in capitals is no company; its nation\'s adjective is misc ("AI Is Reshaping Chinese Factories")', () => {
  const text = 'AI Is Reshaping Chinese Factories';
  const ms = [at(text, 'AI Is Reshaping Chinese Factories', 'organization')];
  assert.deepEqual(shown(text, headlineNames(text, ms, [], GAZ)), ['Chinese/misc']);
});

test('a headline alone keeps a rare company name and a known name of several words, and drops a common word the company list holds', () => {
  const text = 'Nvidia And New Development Bank Back Global Chip Plan';
  const ms = [at(text, 'Nvidia And New Development Bank Back Global Chip Plan', 'organization')];
  assert.deepEqual(shown(text, headlineNames(text, ms, [], GAZ)), ['Nvidia/organization', 'New Development Bank/organization']);
});

test('a headline alone keeps a person the tagger found, single-word names and a name the gazetteer knows whole', () => {
  const text = 'Japan Says Talks With Kim Jong Un Will Go On';
  const ms = [at(text, 'Japan', 'location'), at(text, 'Kim Jong Un', 'person')];
  assert.deepEqual(headlineNames(text, ms, [], GAZ), ms);
});

test('a short sentence of short words is no title-case headline ("Trade is in the air.")', () => {
  const text = 'Trade Talks is in the air.';
  const ms = [at(text, 'Trade Talks', 'organization')];
  assert.deepEqual(headlineNames(text, ms, [], GAZ), ms);
});

test('a run of capitals ending in "Plan" on a title-case headline is no named plan; in prose it is ("the Marshall Plan")', () => {
  const headline = 'Beijing Unveils New Plan to Boost Consumption';
  assert.deepEqual(shown(headline, retypeDocumentNames(headline, [], tokenize(headline).tokens)), []);
  const prose = 'Historians compared the package with the Marshall Plan on Monday.';
  assert.deepEqual(shown(prose, retypeDocumentNames(prose, [], tokenize(prose).tokens)), ['Marshall Plan/misc']);
});

test('an article\'s title-case headline with a lower-case "to" keeps only the names the article gives ("China Unveils New Plan" → "China")', () => {
  const text = 'China Unveils New Plan to Boost Consumption\nCGTN\nChina on Tuesday unveiled a plan to lift household spending, the State Council said in Beijing.';
  const ms = [at(text, 'China Unveils New Plan', 'misc'), at(text, 'Boost Consumption', 'organization'), at(text, 'CGTN', 'organization'),
    at(text, 'China', 'location', 'detected', 44), at(text, 'State Council', 'organization'), at(text, 'Beijing', 'location')];
  assert.deepEqual(shown(text, headlineNames(text, ms, [], GAZ)), ['China/location', 'CGTN/organization', 'China/location', 'State Council/organization', 'Beijing/location']);
});
