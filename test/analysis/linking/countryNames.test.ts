import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, linkedNames } from './linkedGroups';

// Sentences written for these tests, in the style of diplomatic wire copy.

const names = linkedNames;

test('a country\'s other names are one place, named by its formal short name ("Britain", "the UK" … "the United Kingdom")', () => {
  const text = 'Britain said the deal was close. The UK and the United Kingdom\'s partners will sign it in Geneva.';
  assert.deepEqual(names(text, [at(text, 'Britain', 'location'), at(text, 'UK', 'location'), at(text, 'United Kingdom', 'location'), at(text, 'Geneva', 'location')]),
    ['Britain→United Kingdom', 'UK→United Kingdom', 'United Kingdom→United Kingdom', 'Geneva→Geneva']);
});

test('older and newer names of a country link too ("Turkey" … "Türkiye", "Burma" … "Myanmar", "DR Congo" … "DRC")', () => {
  const text = 'Türkiye hosted the talks. Turkey had offered Istanbul. Myanmar, once Burma, sent envoys, as did DR Congo and the DRC army.';
  const ms = ['Türkiye', 'Turkey', 'Istanbul', 'Myanmar', 'Burma', 'DR Congo', 'DRC'].map((s) => at(text, s, 'location'));
  assert.deepEqual(names(text, ms), ['Türkiye→Türkiye', 'Turkey→Türkiye', 'Istanbul→Istanbul', 'Myanmar→Myanmar', 'Burma→Myanmar', 'DR Congo→DR Congo', 'DRC→DR Congo']);
});

test('only places link so: a newspaper or a team named after a country keeps its own entity, and "Korea" alone is no one country', () => {
  const text = 'South Korea and Korea met in the final. America beat Britain. The America team flew home.';
  const ms = [at(text, 'South Korea', 'location'), at(text, 'Korea', 'location', 12), at(text, 'America', 'location'), at(text, 'Britain', 'location'), at(text, 'America', 'organization', 60)];
  assert.deepEqual(names(text, ms), ['South Korea→South Korea', 'Korea→Korea', 'America→America', 'Britain→Britain', 'America→America']);
});
