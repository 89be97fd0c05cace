import assert from 'node:assert/strict';
import { test } from 'node:test';
import { teamNames } from '../../../server/src/analysis/entities/teamNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of sports wire copy of the 2020s.

test('a place followed by a nickname in a sentence about a game is a club, nickname included ("the Minnesota Lynx")', () => {
  const text = 'The Minnesota Lynx beat the Seattle Storm 81-74 on Tuesday.';
  const ms = [at(text, 'Minnesota', 'location'), at(text, 'Seattle', 'location')];
  assert.deepEqual(shown(text, teamNames(text, ms)), ['Minnesota Lynx/organization', 'Seattle Storm/organization']);
});

test('a club the tagger typed a place whole ("the Denver Nuggets") is an organization', () => {
  const text = 'Jokic had 31 points as the Denver Nuggets routed the Phoenix Suns.';
  const ms = [at(text, 'Jokic', 'person'), at(text, 'Denver Nuggets', 'location'), at(text, 'Phoenix Suns', 'organization')];
  assert.deepEqual(shown(text, teamNames(text, ms)), ['Jokic/person', 'Denver Nuggets/organization', 'Phoenix Suns/organization']);
});

test('places that end like a nickname, national sides and events stay as they are', () => {
  const text = 'The final in Los Angeles drew 70,000 fans. China beat Japan 3-1 before the Hong Kong Sevens began.';
  const ms = [at(text, 'Los Angeles', 'location'), at(text, 'China', 'location'), at(text, 'Japan', 'location'), at(text, 'Hong Kong', 'location')];
  assert.deepEqual(shown(text, teamNames(text, ms)), ['Los Angeles/location', 'China/location', 'Japan/location', 'Hong Kong/location']);
});

test('with no word of sport in the sentence a place and a plural stay apart ("Tokyo Districts")', () => {
  const text = 'Rents in the Tokyo Districts rose by 4 percent.';
  assert.deepEqual(shown(text, teamNames(text, [at(text, 'Tokyo', 'location')])), ['Tokyo/location']);
});
