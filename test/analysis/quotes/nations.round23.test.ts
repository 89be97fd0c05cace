import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker ?? null;
const person = (name: string): EntitySpec => ({ name, type: 'person', forms: [name] });
const nation = (word: string): EntitySpec => ({ name: word, type: 'misc', forms: [word] });
const place = (name: string): EntitySpec => ({ name, type: 'location', forms: [name] });

test('the host in a capital is of its nation, so a leader of another nation is the guest: "Putin hosted Modi in Moscow … the Indian prime minister"', () => {
  const text = 'Vladimir Putin hosted Narendra Modi in Moscow on Monday. "Our friendship is time-tested," the Indian prime minister said.';
  assert.equal(speakerOf(text, [person('Vladimir Putin'), person('Narendra Modi'), place('Moscow'), nation('Indian')])?.name, 'Narendra Modi');
});

test('a host in another nation\'s capital is no candidate for a leader of this one, even when no one else is left', () => {
  const text = 'Lula received the delegation in Brasilia on Wednesday. "We came to deepen our partnership," the Chinese leader said.';
  assert.equal(speakerOf(text, [person('Lula'), place('Brasilia'), nation('Chinese')])?.entity, null);
});

test('a visitor to a nation or its capital is not of that nation: "Modi visited Kyiv and met Zelensky … the Ukrainian president"', () => {
  const text = 'Narendra Modi visited Kyiv on Friday and met Volodymyr Zelensky. "We value India\'s voice," the Ukrainian president said.';
  assert.equal(speakerOf(text, [person('Narendra Modi'), person('Volodymyr Zelensky'), place('Kyiv'), nation('Ukrainian')])?.name, 'Volodymyr Zelensky');
  const country = 'Pedro Sanchez arrived in Vietnam on Tuesday, where he met Pham Minh Chinh. "Our trade can double," the Vietnamese prime minister said.';
  assert.equal(speakerOf(country, [person('Pedro Sanchez'), person('Pham Minh Chinh'), place('Vietnam'), nation('Vietnamese')])?.name, 'Pham Minh Chinh');
});

test('a nationality epithet passes over the host of another nation\'s capital: "Erdogan hosted Zelensky in Ankara … the Ukrainian"', () => {
  const text = 'Recep Tayyip Erdogan hosted Volodymyr Zelensky in Ankara on Thursday. "We want a just peace," the Ukrainian said.';
  assert.equal(speakerOf(text, [person('Recep Tayyip Erdogan'), person('Volodymyr Zelensky'), place('Ankara'), nation('Ukrainian')])?.name, 'Volodymyr Zelensky');
});

test('a meeting in a capital with no host\'s verb still says nothing of which of the two is of its nation', () => {
  const text = 'Erdogan met Zelensky in Ankara on Thursday. "We want peace," the Ukrainian president said.';
  assert.equal(speakerOf(text, [person('Erdogan'), person('Zelensky'), place('Ankara'), nation('Ukrainian')])?.entity, null);
});

test('"the U.S. official" is whoever holds a post of government the article ties to that nation', () => {
  const BESSENT: EntitySpec = { name: 'Scott Bessent', type: 'person', forms: ['Scott Bessent'], roles: ['u.s. treasury secretary', 'treasury secretary', 'secretary'] };
  const HE: EntitySpec = { name: 'He Lifeng', type: 'person', forms: ['He Lifeng'], roles: ['chinese vice premier', 'vice premier', 'premier'] };
  const text = 'Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Scott Bessent in Geneva on Saturday. "We made substantial progress," the U.S. official said.';
  assert.equal(speakerOf(text, [HE, BESSENT, place('Geneva'), { name: 'U.S.', type: 'location', forms: ['U.S.'] }, nation('Chinese')])?.name, 'Scott Bessent');
});
