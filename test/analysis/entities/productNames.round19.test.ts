import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makerModels } from '../../../server/src/analysis/entities/makerModels';
import { productKinds } from '../../../server/src/analysis/entities/productKinds';
import { versionedNames } from '../../../server/src/analysis/entities/versionedNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology news of the 2020s.

test('a coined name with a lower-case prefix and a version number is a product ("the iPad 11")', () => {
  const text = 'The retailer cut the price of the iPad 11 Pro, while mRNA research and iFlytek were untouched.';
  assert.deepEqual(shown(text, versionedNames(text, [at(text, 'iFlytek', 'organization')])), ['iPad 11 Pro/misc', 'iFlytek/organization']);
});

test('a name with a whole number before "models" or "headset" is a product ("its Orion 2 models")', () => {
  const text = 'Nebula released its Orion 2 models on Monday.';
  const ms = [at(text, 'Nebula', 'organization'), at(text, 'Orion', 'organization')];
  assert.deepEqual(shown(text, versionedNames(text, ms)), ['Nebula/organization', 'Orion 2/misc']);
});

test('a model number or a product line and generation after a company\'s possessive is a product ("Embraer\'s E195", "Valve\'s Steam Deck 2")', () => {
  const text = 'Embraer\'s E195 jets and Valve\'s Steam Deck 2 Pro sold well, but Leeds\'s 300 runs and Alibaba\'s June 18 sale did not.';
  const ms = [at(text, 'Embraer', 'organization'), at(text, 'Valve', 'organization'), at(text, 'Leeds', 'organization'), at(text, 'Alibaba', 'organization')];
  assert.deepEqual(shown(text, makerModels(text, ms)),
    ['Embraer/organization', 'E195/misc', 'Valve/organization', 'Steam Deck 2 Pro/misc', 'Leeds/organization', 'Alibaba/organization']);
});

test('a name between a company\'s possessive and a noun for its goods is a product ("Geely\'s Panda hatchback")', () => {
  const text = 'Geely\'s Panda hatchback outsold Mattel\'s Barbie dolls, and the Xiaomi phone stayed on top.';
  const ms = [at(text, 'Geely', 'organization'), at(text, 'Panda', 'organization'), at(text, 'Mattel', 'organization'),
    at(text, 'Barbie', 'person'), at(text, 'Xiaomi', 'organization')];
  assert.deepEqual(shown(text, productKinds(text, ms)),
    ['Geely/organization', 'Panda/misc', 'Mattel/organization', 'Barbie/misc', 'Xiaomi/organization']);
});

test('a designation after "a" and before a noun for a rocket is a product ("a Kuaizhou 11 rocket")', () => {
  const text = 'A Kuaizhou 11 rocket lifted off from Jiuquan on Monday.';
  assert.deepEqual(shown(text, productKinds(text, [at(text, 'Jiuquan', 'location')])), ['Kuaizhou 11/misc', 'Jiuquan/location']);
});
