import assert from 'node:assert/strict';
import { test } from 'node:test';
import { productKinds } from '../../../server/src/analysis/entities/productKinds';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology news of the 2020s.

test('a name between a determiner with "own", "new" or "latest" and a noun for chips is the product ("its own Kirin chip")', () => {
  const text = 'The phone runs on its own Tianjin chip, and the firm showed its latest Kunlun processors.';
  const ms = [at(text, 'Tianjin', 'location'), at(text, 'Kunlun', 'organization')];
  assert.deepEqual(shown(text, productKinds(text, ms)), ['Tianjin/misc', 'Kunlun/misc']);
});

test('a designation the tagger missed after "its latest" before a noun for chips is a product', () => {
  const text = 'The company unveiled its latest Ascend processors on Monday.';
  assert.deepEqual(shown(text, productKinds(text, [])), ['Ascend/misc']);
});

test('a one-word name the tagger read as a person right before "chips" is the chips\' name ("demand for Blackwell chips")', () => {
  const text = 'Demand for Rubinow chips is soaring, Jensen Huang said. Analysts at Goldman said Lena\'s chips were better.';
  const ms = [at(text, 'Rubinow', 'person'), at(text, 'Jensen Huang', 'person'), at(text, 'Goldman', 'organization'), at(text, 'Lena', 'person')];
  assert.deepEqual(shown(text, productKinds(text, ms)), ['Rubinow/misc', 'Jensen Huang/person', 'Goldman/organization', 'Lena/person']);
});
