import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cityNames } from '../../../server/src/analysis/entities/cityNames';
import { hostPlaces } from '../../../server/src/analysis/entities/hostPlaces';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of sports news.

test('what hosts the Games, a World Cup or an Expo is a place, and so is its co-host ("X and Y will host the … Olympics")', () => {
  const text = 'Perth would host the 2036 Games, and Graz and Villach will host the 2034 Winter Olympics.';
  const ms = [at(text, 'Perth', 'organization'), at(text, 'Graz', 'organization'), at(text, 'Villach', 'person'), at(text, 'Winter Olympics', 'misc')];
  assert.deepEqual(shown(text, hostPlaces(text, ms)), ['Perth/location', 'Graz/location', 'Villach/location', 'Winter Olympics/misc']);
});

test('a company that hosts a summit or a forum stays a company', () => {
  const text = 'Tencent will host the summit in Shenzhen.';
  const ms = [at(text, 'Tencent', 'organization'), at(text, 'Shenzhen', 'location')];
  assert.deepEqual(shown(text, hostPlaces(text, ms)), ['Tencent/organization', 'Shenzhen/location']);
});

test('no person is named "… City" or "… United": a club in a match, a city elsewhere', () => {
  const text = 'Tampa City beat Denver United 2-1. Later, Lakeside City lost power.';
  const ms = [at(text, 'Tampa City', 'person'), at(text, 'Denver United', 'person'), at(text, 'Lakeside City', 'person')];
  assert.deepEqual(shown(text, cityNames(text, ms)), ['Tampa City/organization', 'Denver United/organization', 'Lakeside City/location']);
});

test('a "… City" beaten in a match is the club in every mention ("Inter Miami beat Orlando City")', () => {
  const text = 'Fans of Tampa City cheered. Denver beat Tampa City on Sunday.';
  const ms = [at(text, 'Tampa City', 'person'), at(text, 'Denver', 'organization'), at(text, 'Tampa City', 'person', 'detected', 30)];
  assert.deepEqual(shown(text, cityNames(text, ms)), ['Tampa City/organization', 'Denver/organization', 'Tampa City/organization']);
});
