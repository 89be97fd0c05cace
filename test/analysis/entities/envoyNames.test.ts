import assert from 'node:assert/strict';
import { test } from 'node:test';
import { envoyNames } from '../../../server/src/analysis/entities/envoyNames';
import type { RawMention } from '../../../server/src/analysis/types';

const show = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
const at = (text: string, s: string, type: RawMention['type'], origin: RawMention['origin'] = 'detected'): RawMention =>
  ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type, score: 0.8, origin });

test('"Ambassador to Japan Kong Xuanyou" tagged as one place is the country and the ambassador', () => {
  const text = 'Chinese Ambassador to Japan Kong Xuanyou congratulated the zoo.';
  const detected = [at(text, 'Chinese', 'misc'), at(text, 'Japan Kong Xuanyou', 'location')];
  assert.deepEqual(show(text, envoyNames(text, detected)), ['Chinese/misc', 'Japan/location', 'Kong Xuanyou/person']);
});

test('"Ambassador to the United States Cui Tiankai" with only "Tiankai" tagged gets the whole name', () => {
  const text = 'Chinese Ambassador to the United States Cui Tiankai said the talks were useful.';
  const detected = [at(text, 'United States', 'location'), at(text, 'Tiankai', 'person')];
  assert.deepEqual(show(text, envoyNames(text, detected)), ['United States/location', 'Cui Tiankai/person']);
});

test('a body after the title ("Ambassador to the United Nations Security Council") and a person\'s decision stay as they are', () => {
  const un = 'He was Ambassador to the United Nations Security Council before.';
  const body = [at(un, 'United Nations Security Council', 'organization')];
  assert.deepEqual(envoyNames(un, body), body);
  const text = 'Ambassador to Japan Kong Xuanyou spoke.';
  const user = [at(text, 'Japan Kong Xuanyou', 'location', 'user')];
  assert.deepEqual(envoyNames(text, user), user);
});
