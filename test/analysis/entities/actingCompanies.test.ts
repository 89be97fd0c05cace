import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a maker typed misc that speaks or delivers is the company, its aircraft stays misc: "Airbus said"', () => {
  const text = 'The carrier flies an Airbus A321. Airbus delivered 50 jets in June, and orders for Airbus rose.';
  const second = text.indexOf('Airbus delivered');
  const ms = [at(text, 'Airbus A321', 'misc'), at(text, 'Airbus', 'misc', 'detected', second), at(text, 'Airbus', 'misc', 'detected', second + 10)];
  assert.deepEqual(run(text, ms), ['Airbus A321/misc', 'Airbus/organization', 'Airbus/organization']);
});

test('shares or an apposition make a company: "shares of Airbus", "Airbus, the European planemaker,"', () => {
  const a = 'Traders sold shares of Airbus on Friday.';
  assert.deepEqual(run(a, [at(a, 'Airbus', 'misc')]), ['Airbus/organization']);
  const b = 'Airbus, the European planemaker, opened a plant in Tianjin.';
  assert.deepEqual(run(b, [at(b, 'Airbus', 'misc')]), ['Airbus/organization']);
});

test('groups of people that speak stay misc: "the Chechens said", "Republican said"', () => {
  const text = 'The Chechens said the truce held. A Republican said nothing, and Kurds said more.';
  const ms = [at(text, 'Chechens', 'misc'), at(text, 'Republican', 'misc'), at(text, 'Kurds', 'misc')];
  assert.deepEqual(run(text, ms), ['Chechens/misc', 'Republican/misc', 'Kurds/misc']);
});
