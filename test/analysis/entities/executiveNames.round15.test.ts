import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a company the tagger missed before the post of a named person is an organization ("Zeekr CEO An Conghui")', () => {
  const text = 'Zeekr CEO An Conghui and Geely chief Li Shufu met dealers in Hangzhou.';
  const ms = [at(text, 'An Conghui', 'person'), at(text, 'Li Shufu', 'person'), at(text, 'Hangzhou', 'location')];
  assert.deepEqual(run(text, ms), ['Zeekr/organization', 'An Conghui/person', 'Geely/organization', 'Li Shufu/person', 'Hangzhou/location']);
});

test('words that qualify a title, a nationality, or a "boss" of no company are no company before a post', () => {
  const text = 'Former CEO Ann Lee spoke. Brazilian chief Joao Reis and Mafia boss Tony Russo were named.';
  const ms = [at(text, 'Ann Lee', 'person'), at(text, 'Brazilian', 'misc'), at(text, 'Joao Reis', 'person'), at(text, 'Tony Russo', 'person')];
  assert.deepEqual(run(text, ms), ['Ann Lee/person', 'Brazilian/misc', 'Joao Reis/person', 'Tony Russo/person']);
});
