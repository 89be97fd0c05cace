import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rolesOf } from './rolesOf';

// Sentences written for these tests, in the style of diplomatic news.

test('an apposition whose owner is written in initials keeps the whole title ("…, the U.S. Secretary of State, …")', () => {
  const text = 'Dana Whitfield, the U.S. Secretary of State, arrived in Cairo on Sunday.';
  assert.deepEqual(rolesOf(text, [['Dana Whitfield', 'person'], ['U.S.', 'location'], ['Cairo', 'location']], 'Dana Whitfield'),
    ['secretary', 'secretary of state', 'u.s. secretary', 'u.s. secretary of state']);
});

test('a role word that modifies the title stays in it ("…, South Korea\'s vice foreign minister, …"), and "vice" is no role alone', () => {
  const text = 'Baek Min-ho, South Korea\'s vice foreign minister, said Seoul would respond.';
  assert.deepEqual(rolesOf(text, [['Baek Min-ho', 'person'], ['South Korea', 'location'], ['Seoul', 'location']], 'Baek Min-ho'),
    ['foreign minister', 'minister', 'south korea\'s vice foreign minister', 'vice foreign minister']);
});

test('"general" after a post belongs to it ("…, China\'s consul general in Sydney, …")', () => {
  const text = 'Tang Wei, China\'s consul general in Sydney, attended the ceremony.';
  assert.deepEqual(rolesOf(text, [['Tang Wei', 'person'], ['China', 'location'], ['Sydney', 'location']], 'Tang Wei'),
    ['china\'s consul general in sydney', 'consul', 'consul general', 'consul general in sydney', 'general']);
});
