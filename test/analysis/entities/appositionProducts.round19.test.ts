import assert from 'node:assert/strict';
import { test } from 'node:test';
import { craftNames } from '../../../server/src/analysis/entities/craftNames';
import { productKinds } from '../../../server/src/analysis/entities/productKinds';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology and space news of the 2020s.

test('a name whose apposition is a noun for a spacecraft or a ship is the craft ("Xuntian, China\'s space telescope,")', () => {
  const text = 'Chang\'e, the country\'s lunar lander, touched down. Hunan, China\'s capital province, grew.';
  const ms = [at(text, 'Chang\'e', 'person'), at(text, 'Hunan', 'location')];
  assert.deepEqual(shown(text, craftNames(text, ms)), ['Chang\'e/misc', 'Hunan/location']);
});

test('a name in apposition after a noun for a phone or a chip is the product ("its new flagship phone, the Pura X")', () => {
  const text = 'The firm showed its new flagship phone, the Pura X, while its rival, the Nokia group, waited.';
  const ms = [at(text, 'Pura X', 'person'), at(text, 'Nokia', 'organization')];
  assert.deepEqual(shown(text, productKinds(text, ms)), ['Pura X/misc', 'Nokia/organization']);
});
