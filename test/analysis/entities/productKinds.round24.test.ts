import assert from 'node:assert/strict';
import { test } from 'node:test';
import { productKinds } from '../../../server/src/analysis/entities/productKinds';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of business news of the 2020s.

test('a name before "maker" or "developer" and a company is the company\'s product ("Ozempic maker Novo Nordisk")', () => {
  const text = 'Glucora maker Helvane Pharma cut 9,000 jobs, and Talkwise developer Brightmind raised new funds.';
  const ms = [at(text, 'Glucora', 'organization'), at(text, 'Helvane Pharma', 'organization'), at(text, 'Talkwise', 'person'), at(text, 'Brightmind', 'organization')];
  assert.deepEqual(shown(text, productKinds(text, ms)), ['Glucora/misc', 'Helvane Pharma/organization', 'Talkwise/misc', 'Brightmind/organization']);
});

test('a club before "owner" and a company stays the club ("X owner Y bought …")', () => {
  const text = 'Riverton owner Castleway Holdings bought the stadium.';
  const ms = [at(text, 'Riverton', 'organization'), at(text, 'Castleway Holdings', 'organization')];
  assert.deepEqual(shown(text, productKinds(text, ms)), ['Riverton/organization', 'Castleway Holdings/organization']);
});
