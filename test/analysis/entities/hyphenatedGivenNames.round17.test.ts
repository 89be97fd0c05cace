import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hyphenatedGivenNames } from '../../../server/src/analysis/entities/hyphenatedGivenNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of East Asian political news.

test('a surname and a hyphenated given name of syllables is a person, before "administration" too ("The Lai Ching-te administration")', () => {
  const text = 'The Chen Wei-ming administration faced protests. Chen Wei-ming said he would stay.';
  const ms = [at(text, 'Chen Wei-ming', 'organization'), at(text, 'Chen Wei-ming', 'organization', 'detected', 30)];
  assert.deepEqual(shown(text, hyphenatedGivenNames(text, ms)), ['Chen Wei-ming/person', 'Chen Wei-ming/person']);
});

test('a compound with an English participle or suffix is no given name ("Hong Kong-based", "New York-born")', () => {
  const text = 'A Hong Kong-based firm hired a New York-born banker.';
  const ms = [at(text, 'Hong Kong-based', 'misc'), at(text, 'New York-born', 'misc')];
  assert.deepEqual(shown(text, hyphenatedGivenNames(text, ms)), ['Hong Kong-based/misc', 'New York-born/misc']);
});
