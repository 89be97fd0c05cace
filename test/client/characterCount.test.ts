import assert from 'node:assert/strict';
import { test } from 'node:test';
import { characterCount } from '../../client/src/characterCount';

test('an article length reads as people say it: thousands in K, millions in M with one decimal', () => {
  assert.equal(characterCount(113_402), '113 K characters');
  assert.equal(characterCount(60_000), '60 K characters');
  assert.equal(characterCount(1_234_567), '1.2 M characters');
  assert.equal(characterCount(999_700), '1.0 M characters');
  assert.equal(characterCount(23_456_789), '23 M characters');
});

test('a short length is counted exactly, singular for one', () => {
  assert.equal(characterCount(950), '950 characters');
  assert.equal(characterCount(1), '1 character');
});
