import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a club named "<place> United" is "United" alone later in the article, an organization', () => {
  const text = 'Leeds United drew 1-1 with Everton. United remain fourth, and United\'s coach praised the fans.';
  const ms = [at(text, 'Leeds United', 'organization'), at(text, 'Everton', 'organization')];
  assert.deepEqual(run(text, ms), ['Leeds United/organization', 'Everton/organization', 'United/organization', 'United/organization']);
});

test('a club word inside another name, or a city named "… City", gives no short form', () => {
  const text = 'Stoke City lost in Mexico City. The United Nations and Salt Lake City officials met.';
  const ms = [at(text, 'Stoke City', 'organization'), at(text, 'Mexico City', 'location'), at(text, 'United Nations', 'organization'), at(text, 'Salt Lake City', 'location')];
  assert.deepEqual(run(text, ms), ['Stoke City/organization', 'Mexico City/location', 'United Nations/organization', 'Salt Lake City/location']);
});
