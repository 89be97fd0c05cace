import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitCoordinatedNames } from '../../../server/src/analysis/entities/coordinatedNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology news of the 2020s.

test('two social platforms joined by "and" are two names, whatever type the tagger gave the pair ("Instagram and Facebook")', () => {
  const text = 'Meta Platforms, which owns Instagram and Facebook, said it would appeal the fine.';
  const ms = [at(text, 'Meta Platforms', 'organization'), at(text, 'Instagram and Facebook', 'organization')];
  assert.deepEqual(shown(text, splitCoordinatedNames(text, ms)), ['Meta Platforms/organization', 'Instagram/organization', 'Facebook/organization']);
  const misc = [at(text, 'Instagram and Facebook', 'misc')];
  assert.deepEqual(shown(text, splitCoordinatedNames(text, misc)), ['Instagram/misc', 'Facebook/misc']);
});

test('a company named for two founders stays one name ("Procter and Gamble")', () => {
  const text = 'Procter and Gamble raised its sales forecast on Tuesday.';
  const ms = [at(text, 'Procter and Gamble', 'organization')];
  assert.deepEqual(shown(text, splitCoordinatedNames(text, ms)), ['Procter and Gamble/organization']);
});
