import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retypeCelestialBodies } from '../../../server/src/analysis/entities/celestialBodies';
import { harmonizeTypes } from '../../../server/src/analysis/entities/consistency';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';

const show = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
const mentionAt = (text: string, from: number, s: string, type: RawMention['type'], origin: RawMention['origin'] = 'detected'): RawMention => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, type, score: 0.7, origin };
};

test('"the Moon\'s far side" is a place, though a tagger read "Moon" as a person', () => {
  const text = "The first image of the Moon's far side was sent back by the relay satellite.";
  assert.deepEqual(show(text, retypeCelestialBodies(text, [mentionAt(text, 0, 'Moon', 'person')])), ['Moon/location']);
});

test('President Moon stays a person in the article that also speaks of the Moon', () => {
  const text = 'South Korean President Moon Jae-in said the Moon landing inspired a generation. Moon spoke in Seoul.';
  const { tokens } = tokenize(text);
  const detected = [mentionAt(text, 0, 'Moon Jae-in', 'person'), mentionAt(text, 40, 'Moon', 'person'), mentionAt(text, 0, 'Seoul', 'location')];
  assert.deepEqual(show(text, harmonizeTypes(text, detected, tokens)), ['Moon Jae-in/person', 'Moon/location', 'Moon/person', 'Seoul/location']);
});

test('"the Moon administration" is the president\'s, not the body\'s', () => {
  const text = 'Critics of the Moon administration rallied in Seoul.';
  assert.deepEqual(show(text, retypeCelestialBodies(text, [mentionAt(text, 0, 'Moon', 'person')])), ['Moon/person']);
});

test('a "Moon" a person tagged stays as it is', () => {
  const text = 'He met the Moon family in Busan.';
  const user = [mentionAt(text, 0, 'Moon', 'person', 'user')];
  assert.deepEqual(retypeCelestialBodies(text, user), user);
});
