import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitCoordinatedNames } from '../../../server/src/analysis/entities/coordinatedNames';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

const names = (text: string, ms: RawMention[]) => shown(text, splitCoordinatedNames(text, ms));

test('an organization that is a two-word company "and" a one-word one is two companies, named nowhere else ("JPMorgan Chase and Barclays")', () => {
  const text = 'Bankers at JPMorgan Chase and Barclays expect two rate cuts.';
  assert.deepEqual(names(text, [at(text, 'JPMorgan Chase and Barclays', 'organization')]), ['JPMorgan Chase/organization', 'Barclays/organization']);
});

test('a company named with one word on each side of "and" stays whole ("Ernst and Young")', () => {
  const text = 'A report by Ernst and Young found rising demand.';
  assert.deepEqual(names(text, [at(text, 'Ernst and Young', 'organization')]), ['Ernst and Young/organization']);
});

test('a body whose name coordinates common nouns stays whole ("State Forestry and Grassland Administration", "Foreign Investment and Trade")', () => {
  const text = 'The State Forestry and Grassland Administration met. The Foreign Investment and Trade office opened.';
  assert.deepEqual(names(text, [at(text, 'State Forestry and Grassland Administration', 'organization'), at(text, 'Foreign Investment and Trade', 'organization')]),
    ['State Forestry and Grassland Administration/organization', 'Foreign Investment and Trade/organization']);
});
