import assert from 'node:assert/strict';
import { test } from 'node:test';
import { designations } from '../../../server/src/analysis/entities/designations';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of space news.

test('a rocket family named in two words gives its first word to the designation ("a Long March-2F rocket")', () => {
  const text = 'A Long March-2F carrier rocket sent the crewed spacecraft into orbit.';
  assert.deepEqual(shown(text, designations(text, [at(text, 'March-2F', 'misc')])), ['Long March-2F/misc']);
  const found = 'Engineers readied the Smart Dragon-3 for a sea launch off Shandong.';
  assert.deepEqual(shown(found, designations(found, [at(found, 'Shandong', 'location')])), ['Smart Dragon-3/misc', 'Shandong/location']);
});

test('a capitalized word after another one is a title-case line, not a family word ("China Launches Shenzhou-18")', () => {
  const text = 'China Launches Shenzhou-18 Crew to Space Station';
  assert.deepEqual(shown(text, designations(text, [at(text, 'China', 'location')])), ['China/location', 'Shenzhou-18/misc']);
});

test('a family word a mention already covers stays its own name ("Tiangong Shenzhou-17" is no rocket)', () => {
  const text = 'the crew left Tiangong Shenzhou-17 style, in a hurry.';
  assert.deepEqual(shown(text, designations(text, [at(text, 'Tiangong', 'misc'), at(text, 'Shenzhou-17', 'misc')])), ['Tiangong/misc', 'Shenzhou-17/misc']);
});
