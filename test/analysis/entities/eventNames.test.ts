import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a headline\'s "Road Forum" of "Belt and Road Forum" is the whole name, an organization rather than a place', () => {
  const text = 'Belt and Road Forum draws envoys to Beijing';
  assert.deepEqual(run(text, [at(text, 'Road Forum', 'location'), at(text, 'Beijing', 'location')]), ['Belt and Road Forum/organization', 'Beijing/location']);
});

test('summits, expos and games typed places or organizations are events: "the Lancang Summit", "the Harbin Ice Expo"', () => {
  const text = 'Ministers left the Lancang Summit for the Harbin Ice Expo and the Asian Winter Games.';
  const ms = [at(text, 'Lancang Summit', 'location'), at(text, 'Harbin Ice Expo', 'organization'), at(text, 'Asian Winter Games', 'misc')];
  assert.deepEqual(run(text, ms), ['Lancang Summit/misc', 'Harbin Ice Expo/misc', 'Asian Winter Games/misc']);
});

test('two names joined by "and" stay two when the first is a mention or the head is no event\'s', () => {
  const text = 'Lee and Tan Group merged, and Xi and Davos Forum guests met.';
  const ms = [at(text, 'Tan Group', 'organization'), at(text, 'Xi', 'person'), at(text, 'Davos Forum', 'organization')];
  assert.deepEqual(run(text, ms), ['Tan Group/organization', 'Xi/person', 'Davos Forum/organization']);
});
