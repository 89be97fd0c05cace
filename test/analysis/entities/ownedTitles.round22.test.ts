import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ownedTitles } from '../../../server/src/analysis/entities/ownedTitles';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of culture news of the 2020s.

test('after a possessive, a title opened by a closed-class word is one work, with its small words ("HBO\'s The Last of Us")', () => {
  const text = "The singer's Not Over Yet topped the charts, and Hulu's The Road to Nowhere returned in May.";
  const ms = [at(text, 'Yet', 'location'), at(text, 'Hulu', 'organization'), at(text, 'Road', 'location'), at(text, 'Nowhere', 'location')];
  assert.deepEqual(shown(text, ownedTitles(text, ms)), ['Not Over Yet/misc', 'Hulu/organization', 'The Road to Nowhere/misc']);
});

test('a newspaper an owner owns is no work ("Murdoch\'s The Times")', () => {
  const text = "The tycoon's The Daily Herald cut 40 jobs.";
  assert.deepEqual(shown(text, ownedTitles(text, [at(text, 'The Daily Herald', 'organization')])), ['The Daily Herald/organization']);
});

test('after a studio\'s or a streamer\'s possessive, capitalized words the tagger missed are a title, with its number ("Netflix\'s Squid Game")', () => {
  const text = "Netflix's Paper Tigers is its most-watched series, and Pixar's Up Again 2 opened in June.";
  const ms = [at(text, 'Netflix', 'organization'), at(text, 'Pixar', 'organization')];
  assert.deepEqual(shown(text, ownedTitles(text, ms)), ['Netflix/organization', 'Paper Tigers/misc', 'Pixar/organization', 'Up Again 2/misc']);
});

test('a person or a place after a studio\'s possessive is whom it employs or where it is ("Netflix\'s Chief Executive Ted Sarandos")', () => {
  const text = "Netflix's Co-Chief Executive Lena Morrow spoke, and Disney's Shanghai Resort reopened.";
  const ms = [at(text, 'Netflix', 'organization'), at(text, 'Lena Morrow', 'person'), at(text, 'Disney', 'organization'), at(text, 'Shanghai', 'location')];
  assert.deepEqual(shown(text, ownedTitles(text, ms)), ['Netflix/organization', 'Lena Morrow/person', 'Disney/organization', 'Shanghai/location']);
});

test('a name that won a film or music award\'s category is a work ("Oppenheimer won best picture")', () => {
  const text = 'Harbour Lights won best picture on Sunday, and Kite Season took album of the year.';
  const ms = [at(text, 'Harbour Lights', 'organization'), at(text, 'Kite Season', 'person')];
  assert.deepEqual(shown(text, ownedTitles(text, ms)), ['Harbour Lights/misc', 'Kite Season/misc']);
});

test('a name that won a prize for a person\'s part stays as it is ("Murphy won best actor")', () => {
  const text = 'Tom Reyes won best actor and Brazil won the match.';
  const ms = [at(text, 'Tom Reyes', 'person'), at(text, 'Brazil', 'location')];
  assert.deepEqual(shown(text, ownedTitles(text, ms)), ['Tom Reyes/person', 'Brazil/location']);
});
