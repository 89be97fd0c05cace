import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { knownCompanyPlaces } from '../../../server/src/analysis/entities/knownCompanyPlaces';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s business news.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('a company named like a river that invests in a startup is an organization ("Amazon has invested $4 billion in …")', () => {
  assert.ok(names('Amazon has invested $4 billion in Anthropic, the companies said on Friday.').includes('Amazon/organization'));
});

test('a company named like a river after "Shares of" is an organization ("Shares of Amazon rose")', () => {
  assert.deepEqual(names('Shares of Amazon rose 2 percent in early trading on Thursday.'), ['Amazon/organization']);
});

test('the river itself, with no company cue, stays a place ("fires across the Amazon")', () => {
  const text = 'Fires spread across the Amazon as Brazil announced new patrols.';
  const gz = placesGazetteer([], ['Amazon']);
  const ms = [at(text, 'Amazon', 'location'), at(text, 'Brazil', 'location')];
  assert.deepEqual(shown(text, knownCompanyPlaces(text, ms, tokenize(text).tokens, gz)), ['Amazon/location', 'Brazil/location']);
});

test('a country the company list also holds stays a place when it invests ("Qatar has invested … in")', () => {
  const text = 'Qatar has invested $10 billion in British infrastructure.';
  const gz = placesGazetteer(['Qatar'], ['Qatar']);
  assert.deepEqual(shown(text, knownCompanyPlaces(text, [at(text, 'Qatar', 'location')], tokenize(text).tokens, gz)), ['Qatar/location']);
});

test('a market named after a city is no company ("the Brantford stock exchange")', () => {
  const text = 'The shares will be listed on the Brantford stock exchange.';
  const gz = placesGazetteer([], ['Brantford']);
  assert.deepEqual(shown(text, knownCompanyPlaces(text, [at(text, 'Brantford', 'location')], tokenize(text).tokens, gz)), ['Brantford/location']);
});

test('a region on the company list that invests in no organization or has a stock market stays a place ("California has invested … in housing", "Korea\'s stock market")', () => {
  const text = "California has invested $2 billion in housing, and Korea's stock market fell.";
  const gz = placesGazetteer([], ['California', 'Korea']);
  const ms = [at(text, 'California', 'location'), at(text, 'Korea', 'location')];
  assert.deepEqual(shown(text, knownCompanyPlaces(text, ms, tokenize(text).tokens, gz)), ['California/location', 'Korea/location']);
});
