import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

// Sentences written for these tests, in the style of diplomatic and political news.

test('a post a place owns in an apposition makes the name a person: "X, Chile\'s ambassador to Kenya, said …"', () => {
  const text = 'Sun Hao, China\'s ambassador to Chile, said the two countries would expand trade in lithium.';
  const ms = [at(text, 'Sun Hao', 'location'), at(text, 'China', 'location'), at(text, 'Chile', 'location')];
  assert.deepEqual(run(text, ms), ['Sun Hao/person', 'China/location', 'Chile/location']);
});

test('after a place\'s possessive even "president" and ranks of minister are a person\'s posts', () => {
  const text = 'Okonjo, Nigeria\'s first woman president, took office on Monday. Baek, South Korea\'s vice foreign minister, said Seoul would respond.';
  const ms = [at(text, 'Okonjo', 'location'), at(text, 'Nigeria', 'location'), at(text, 'Baek', 'organization'), at(text, 'South Korea', 'location'), at(text, 'Seoul', 'location')];
  assert.deepEqual(run(text, ms), ['Okonjo/person', 'Nigeria/location', 'Baek/person', 'South Korea/location', 'Seoul/location']);
});

test('a company a place\'s possessive describes without a post stays a company ("X, Brazil\'s state oil company, …")', () => {
  const text = 'Petrobas, Brazil\'s state oil company, said output rose. Norway, a member of NATO, agreed.';
  const ms = [at(text, 'Petrobas', 'organization'), at(text, 'Brazil', 'location'), at(text, 'Norway', 'location'), at(text, 'NATO', 'organization')];
  assert.deepEqual(run(text, ms), ['Petrobas/organization', 'Brazil/location', 'Norway/location', 'NATO/organization']);
});
