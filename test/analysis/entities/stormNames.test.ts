import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stormNames } from '../../../server/src/analysis/entities/stormNames';
import type { RawMention } from '../../../server/src/analysis/types';

const show = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
const at = (text: string, s: string, type: RawMention['type'], from = 0): RawMention =>
  ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, type, score: 0.8, origin: 'detected' });

test('a typhoon\'s name is misc, without "Typhoon", and so is every repetition of it', () => {
  const text = 'Typhoon Mangkhut made landfall in Guangdong on Sunday. Mangkhut killed 65 people in the Philippines.';
  const detected = [at(text, 'Typhoon Mangkhut', 'person'), at(text, 'Guangdong', 'location'), at(text, 'Mangkhut', 'person', 20), at(text, 'Philippines', 'location')];
  assert.deepEqual(show(text, stormNames(text, detected)), ['Mangkhut/misc', 'Guangdong/location', 'Mangkhut/misc', 'Philippines/location']);
});

test('"Hurricane Maria" read as a place and an untagged "Super Typhoon Lekima" are storms', () => {
  const text = 'Hurricane Maria devastated Puerto Rico a year before Super Typhoon Lekima hit Zhejiang.';
  assert.deepEqual(show(text, stormNames(text, [at(text, 'Maria', 'location'), at(text, 'Puerto Rico', 'location')])), ['Maria/misc', 'Puerto Rico/location', 'Lekima/misc']);
});

test('"the National Hurricane Center" is no storm', () => {
  const text = 'The National Hurricane Center issued a warning.';
  const detected = [at(text, 'National Hurricane Center', 'organization')];
  assert.deepEqual(stormNames(text, detected), detected);
});
