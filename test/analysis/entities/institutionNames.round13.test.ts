import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinForNames } from '../../../server/src/analysis/entities/forNames';
import { joinVenueNames } from '../../../server/src/analysis/entities/joinedVenueNames';
import { trimMentionEdges } from '../../../server/src/analysis/entities/mentionEdges';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, run, shown } from './harmonizeHelpers';

test('an institution\'s head word, "for" and a capitalized name are one organization ("Nordic Forum for Europe")', () => {
  const text = 'Delegates gathered at the Nordic Forum for Europe in Oslo on Monday.';
  assert.deepEqual(shown(text, joinForNames(text, [at(text, 'Nordic Forum', 'organization'), at(text, 'Europe', 'location'), at(text, 'Oslo', 'location')])),
    ['Nordic Forum for Europe/organization', 'Oslo/location']);
});

test('a possessive after "for" names a beneficiary, not the rest of the name ("the Youth Council for Kenya\'s schools")', () => {
  const text = 'The Youth Council for Kenya\'s schools raised money.';
  assert.deepEqual(shown(text, joinForNames(text, [at(text, 'Youth Council', 'organization'), at(text, 'Kenya', 'location')])),
    ['Youth Council/organization', 'Kenya/location']);
});

test('a lender and one place after "for" stay apart ("a loan from the Regional Bank for Peru")', () => {
  const text = 'It won a loan from the Regional Bank for Peru last year.';
  assert.deepEqual(shown(text, joinForNames(text, [at(text, 'Regional Bank', 'organization'), at(text, 'Peru', 'location')])),
    ['Regional Bank/organization', 'Peru/location']);
});

test('a given name, "and", and a charity named after the couple are one organization ("the Jane and Robert Doe Foundation")', () => {
  const text = 'The Jane and Robert Doe Foundation gave $50 million for vaccines.';
  assert.deepEqual(shown(text, joinVenueNames(text, [at(text, 'Jane', 'person'), at(text, 'Robert Doe Foundation', 'person')])),
    ['Jane and Robert Doe Foundation/organization']);
});

test('two bodies joined by "and" stay two when the second is a two-word charity ("Oxfam and Wellcome Trust")', () => {
  const text = 'Oxfam and Wellcome Trust signed the pledge.';
  assert.deepEqual(shown(text, joinVenueNames(text, [at(text, 'Oxfam', 'organization'), at(text, 'Wellcome Trust', 'organization')])),
    ['Oxfam/organization', 'Wellcome Trust/organization']);
});

test('the portfolio before "Secretary" is part of the title: the country is a place and the holder a person', () => {
  const text = 'U.K. Energy Secretary Jane Roe opened the wind farm.';
  const ms = [at(text, 'U.K. Energy', 'organization'), at(text, 'Jane Roe', 'person')];
  assert.deepEqual(shown(text, trimMentionEdges(text, ms, tokenize(text).tokens)), ['U.K./location', 'Jane Roe/person']);
});

test('a portfolio tagged alone before "Minister" is no name, and the whole rule chain keeps the holder', () => {
  const text = 'Finance Minister Ana Silva presented the budget in Lisbon.';
  assert.deepEqual(run(text, [at(text, 'Finance', 'organization'), at(text, 'Ana Silva', 'person'), at(text, 'Lisbon', 'location')]),
    ['Ana Silva/person', 'Lisbon/location']);
});
