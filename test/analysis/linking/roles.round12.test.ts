import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkMentions } from '../../../server/src/analysis/linking/linkMentions';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { EntityType, RawMention } from '../../../server/src/analysis/types';

/** The roles linked to the person named `name`, from hand-given mentions (text, type). */
function rolesOf(text: string, given: [string, EntityType][], name: string): string[] {
  const raw: RawMention[] = given.map(([s, type]) => {
    const i = text.indexOf(s);
    assert.ok(i >= 0, s);
    return { start: i, end: i + s.length, type, score: 0.9, origin: 'detected' };
  });
  const { entities } = linkMentions(text, raw, tokenize(text).tokens);
  const e = entities.find((x) => x.name === name);
  assert.ok(e, name);
  return e.roles.slice().sort();
}

test('a hyphenated title before a name is a role ("WTO Director-General Ngozi Okonjo-Iweala")', () => {
  const text = 'WTO Director-General Ngozi Okonjo-Iweala opened the ministerial conference in Abu Dhabi.';
  assert.deepEqual(rolesOf(text, [['WTO', 'organization'], ['Ngozi Okonjo-Iweala', 'person'], ['Abu Dhabi', 'location']], 'Ngozi Okonjo-Iweala'),
    ['director-general', 'wto director-general']);
});

test('a title with the "of" phrase of its domain is a role, and so is its role noun ("U.K. Secretary of State for Defence" style: "U.S. Secretary of Energy Jennifer Granholm")', () => {
  const text = 'U.S. Secretary of Energy Jennifer Granholm toured a battery plant in Georgia.';
  assert.deepEqual(rolesOf(text, [['U.S.', 'location'], ['Jennifer Granholm', 'person'], ['Georgia', 'location']], 'Jennifer Granholm'),
    ['secretary', 'secretary of energy', 'u.s. secretary of energy']);
});

test('a noun phrase set off by a comma before a name at the start of a sentence gives its role ("Brazil\'s ambassador to China, …")', () => {
  const text = 'Brazil\'s ambassador to China, Marcos Galvao, said soybean exports would rise.';
  assert.deepEqual(rolesOf(text, [['Brazil', 'location'], ['China', 'location'], ['Marcos Galvao', 'person']], 'Marcos Galvao'),
    ['ambassador', 'ambassador to china', 'brazil\'s ambassador to china']);
});

test('a clause before a comma is no apposition ("After meeting the president, …")', () => {
  const text = 'After meeting the president, Marcos Galvao flew back to Brasilia.';
  assert.deepEqual(rolesOf(text, [['Marcos Galvao', 'person'], ['Brasilia', 'location']], 'Marcos Galvao'), []);
});

test('a role before a name stops at the person named before it ("Tencent chairman Ma Huateng and Baidu founder Robin Li")', () => {
  const text = 'Tencent chairman Ma Huateng and Baidu co-founder Robin Li attended the summit.';
  assert.deepEqual(rolesOf(text, [['Tencent', 'organization'], ['Ma Huateng', 'person'], ['Baidu', 'organization'], ['Robin Li', 'person']], 'Robin Li'),
    ['baidu co-founder', 'co-founder']);
});
