import assert from 'node:assert/strict';
import { test } from 'node:test';
import { envoyNames } from '../../../server/src/analysis/entities/envoyNames';
import { at, shown } from './harmonizeHelpers';

// A sentence written for this test, in the style of diplomatic news of the 2020s.

test('an envoy\'s given name the tagger cut from the surname and typed a company is the whole name, a person ("Ambassador to Japan Wu Jianghao")', () => {
  const text = 'Chinese Ambassador to Kenya Zhou Pingjian met farmers in Nakuru.';
  const ms = [at(text, 'Kenya', 'location'), at(text, 'Pingjian', 'organization'), at(text, 'Nakuru', 'location')];
  assert.deepEqual(shown(text, envoyNames(text, ms)), ['Kenya/location', 'Zhou Pingjian/person', 'Nakuru/location']);
});
