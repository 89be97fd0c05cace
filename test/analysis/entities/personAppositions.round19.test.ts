import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actingCompanies } from '../../../server/src/analysis/entities/actingCompanies';
import { personAppositions } from '../../../server/src/analysis/entities/personAppositions';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of business news of the 2020s.

test('a name with a post the company or the bank owns in apposition is a person ("Moreau, the bank\'s chief economist,")', () => {
  const text = 'Moreau, the bank\'s chief economist, said rates would stay on hold. Ishikawa, its chief engineer, agreed.';
  const ms = [at(text, 'Moreau', 'organization'), at(text, 'Ishikawa', 'organization')];
  assert.deepEqual(shown(text, personAppositions(text, ms)), ['Moreau/person', 'Ishikawa/person']);
});

test('a person whose post a company owns is no company acting ("Sato, the company\'s chief designer, said")', () => {
  const text = 'Sato, the company\'s chief designer, said the car would go on sale in May.';
  assert.deepEqual(shown(text, actingCompanies(text, [at(text, 'Sato', 'person')])), ['Sato/person']);
});
