import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stateNames } from '../../../server/src/analysis/entities/stateNames';
import type { RawMention } from '../../../server/src/analysis/types';

const show = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
const at = (text: string, s: string, type: RawMention['type'], origin: RawMention['origin'] = 'detected'): RawMention =>
  ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type, score: 0.8, origin });

test('"the Democratic Republic of the Congo", cut in two by the tagger, is one place', () => {
  const text = 'The Democratic Republic of the Congo, Madagascar and Ukraine reported the most cases.';
  const detected = [at(text, 'Democratic Republic', 'location'), at(text, 'Congo', 'location'), at(text, 'Madagascar', 'location'), at(text, 'Ukraine', 'location')];
  assert.deepEqual(show(text, stateNames(text, detected)), ['Democratic Republic of the Congo/location', 'Madagascar/location', 'Ukraine/location']);
});

test('"the People\'s Republic of China" read as an organization is a place', () => {
  const text = "The People's Republic of China was founded on October 1, 1949.";
  assert.deepEqual(show(text, stateNames(text, [at(text, "People's Republic of China", 'organization')])), ["People's Republic of China/location"]);
});

test('a body of the state ("the Republic of Korea Navy") and unions ("Union of Concerned Scientists") keep their type', () => {
  const navy = 'The Republic of Korea Navy said a ship was missing.';
  assert.deepEqual(show(navy, stateNames(navy, [at(navy, 'Republic of Korea Navy', 'organization')])), ['Republic of Korea Navy/organization']);
  const union = 'The Union of Concerned Scientists published the study.';
  assert.deepEqual(show(union, stateNames(union, [at(union, 'Union of Concerned Scientists', 'organization')])), ['Union of Concerned Scientists/organization']);
});

test('nothing is made where nothing was detected, and a person\'s decision stands', () => {
  const text = 'Envoys of the Kingdom of Saudi Arabia arrived.';
  assert.deepEqual(stateNames(text, []), []);
  const user = [at(text, 'Kingdom of Saudi Arabia', 'organization', 'user')];
  assert.deepEqual(stateNames(text, user), user);
});
