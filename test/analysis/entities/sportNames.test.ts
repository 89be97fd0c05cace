import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sportNames } from '../../../server/src/analysis/entities/sportNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of sports news of the 2020s.

const apply = (text: string, ms: Parameters<typeof sportNames>[1]) => shown(text, sportNames(text, ms));

test('a league named after its sport keeps the sport in its name before a lower-case noun ("a Major League Soccer record")', () => {
  const text = 'The striker set a Major League Soccer record with 34 goals.';
  assert.deepEqual(apply(text, [at(text, 'Major League', 'misc')]), ['Major League Soccer/misc']);
});

test('a body named after its sport takes in the sport the tagger found as a word of its own ("USA Basketball")', () => {
  const text = 'The guard was left off the roster by USA Basketball on Monday.';
  assert.deepEqual(apply(text, [at(text, 'USA', 'location'), at(text, 'Basketball', 'misc')]), ['USA Basketball/location']);
});

test('a sport written in lower case after a name is no part of it ("Liverpool football fans")', () => {
  const text = 'Thousands of Liverpool football fans travelled to Madrid.';
  assert.deepEqual(apply(text, [at(text, 'Liverpool', 'organization'), at(text, 'Madrid', 'location')]), ['Liverpool/organization', 'Madrid/location']);
});
