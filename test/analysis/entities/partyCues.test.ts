import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partyCues } from '../../../server/src/analysis/entities/partyCues';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of European political news of the 2020s.

const apply = (text: string, ms: Parameters<typeof partyCues>[1]) => shown(text, partyCues(text, ms));

test('a one-word name before a party politician\'s post and a name is the party ("Green lead candidate Jana Roe")', () => {
  const text = 'Green lead candidate Jana Roe ruled out a coalition with the conservatives.';
  assert.deepEqual(apply(text, [at(text, 'Green', 'person'), at(text, 'Jana Roe', 'person')]), ['Green/organization', 'Jana Roe/person']);
});

test('a one-word name before a politician\'s post in the plural is the party ("Labour lawmakers voted")', () => {
  const text = 'Dozens of Labour lawmakers voted against the welfare cuts.';
  assert.deepEqual(apply(text, [at(text, 'Labour', 'person')]), ['Labour/organization']);
});

test('a nation\'s adjective before a politician\'s post stays misc ("Slovak politicians")', () => {
  const text = 'Several Slovak politicians attended the summit in Bratislava.';
  assert.deepEqual(apply(text, [at(text, 'Slovak', 'misc')]), ['Slovak/misc']);
});

test('a person before a post that serves a person stays a person ("Biden spokesman")', () => {
  const text = 'Biden spokesman Tom Doe declined to comment.';
  assert.deepEqual(apply(text, [at(text, 'Biden', 'person'), at(text, 'Tom Doe', 'person')]), ['Biden/person', 'Tom Doe/person']);
});

test('a name of several words before "party", or ending in "Voters", is a party ("the Free Voters")', () => {
  const text = 'The leader of the Free Voters said the Bright Future party would not join the government.';
  assert.deepEqual(apply(text, [at(text, 'Free Voters', 'misc'), at(text, 'Bright Future', 'misc')]), ['Free Voters/organization', 'Bright Future/organization']);
});
