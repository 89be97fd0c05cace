import assert from 'node:assert/strict';
import { test } from 'node:test';
import { surnamePeople } from '../../../server/src/analysis/entities/surnamePeople';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of business news of the 2020s.

test('a Chinese surname and pinyin given name the tagger missed, acting as people do, are one person ("Lei Jun said")', () => {
  const text = 'Lei Jun said the Xiaomi YU9 had beaten expectations.';
  assert.deepEqual(shown(text, surnamePeople(text, [at(text, 'Xiaomi YU9', 'misc')])), ['Lei Jun/person', 'Xiaomi YU9/misc']);
});

test('a surname before a capitalized word that is no given name stays out ("Sun Microsystems said")', () => {
  const text = 'Sun Microsystems said revenue rose.';
  assert.deepEqual(shown(text, surnamePeople(text, [])), []);
});
