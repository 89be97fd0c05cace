import assert from 'node:assert/strict';
import { test } from 'node:test';
import { designations } from '../../../server/src/analysis/entities/designations';
import type { RawMention } from '../../../server/src/analysis/types';

const show = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
const at = (text: string, s: string, type: RawMention['type'], origin: RawMention['origin'] = 'detected'): RawMention =>
  ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type, score: 0.9, origin });

test('spacecraft named with a hyphen and a number ("Chang\'e-4", "Shenzhou-11") are misc names', () => {
  const text = "China's Chang'e-4 probe touched down on Thursday, two years after Shenzhou-11 docked with Tiangong-2.";
  const detected = [at(text, 'China', 'location'), at(text, 'Tiangong-2', 'misc')];
  assert.deepEqual(show(text, designations(text, detected)), ['China/location', "Chang'e-4/misc", 'Shenzhou-11/misc', 'Tiangong-2/misc']);
});

test('aircraft and weapon designations in capitals are misc: "J-20", "S-400"', () => {
  const text = 'The J-20 fighter flew over the parade, followed by trucks carrying the S-400 system.';
  assert.deepEqual(show(text, designations(text, [])), ['J-20/misc', 'S-400/misc']);
});

test('age groups, "G-20", month-day codes and scores are no designations', () => {
  const text = 'The Under-21 side lost 3-0 before the G-20 summit; the U-17 team plays on Jul-18.';
  assert.deepEqual(designations(text, []), []);
});

test('a name a person tagged over the designation is left as it is', () => {
  const text = 'Engineers prepared Chang\'e-5 for launch.';
  const user = [at(text, "Chang'e", 'person', 'user')];
  assert.deepEqual(designations(text, user), user);
});

test('a film\'s sequel number belongs to its name: "Wolf Warrior 2"; a count or a time after a name does not', () => {
  const text = 'It is behind "Wolf Warrior 2," which earned 5.68 billion yuan, and the Olympic 50 and 100 metres events.';
  const detected = [at(text, 'Wolf Warrior', 'misc'), at(text, 'Olympic', 'misc')];
  assert.deepEqual(show(text, designations(text, detected)), ['Wolf Warrior 2/misc', 'Olympic/misc']);
  const rally = 'Toyota Celica 2:09 behind, Ford Escort 12 seconds back.';
  const cars = [at(rally, 'Toyota Celica', 'misc'), at(rally, 'Ford Escort', 'misc')];
  assert.deepEqual(designations(rally, cars), cars);
});
