import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rolesOf } from './rolesOf';

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
