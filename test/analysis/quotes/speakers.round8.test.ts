import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;

test('a spokesperson or chairperson has no gender: "she" after "spokesperson Mao Ning" is Mao Ning', () => {
  const MAO: EntitySpec = { name: 'Mao Ning', type: 'person', forms: ['Mao Ning', 'Mao'], roles: ['foreign ministry spokesperson', 'spokesperson'] };
  const s = speakerOf('Foreign Ministry spokesperson Mao Ning spoke on Friday. "Beijing firmly opposes the sanctions," she said.', [MAO]);
  assert.equal(s?.text, 'she');
  assert.equal(s?.name, 'Mao Ning');
});

test('a chairman or spokesman is a man: "he" prefers him over a person of unknown gender named since', () => {
  const ZHOU: EntitySpec = { name: 'Zhou Bin', type: 'person', forms: ['Zhou Bin', 'Zhou'], roles: ['chairman'] };
  const CHEN: EntitySpec = { name: 'Chen Kai', type: 'person', forms: ['Chen Kai'] };
  const text = 'Zhou Bin, the chairman of the festival, introduced Chen Kai. "Cinema brings people together," he said.';
  assert.equal(speakerOf(text, [ZHOU, CHEN])?.name, 'Zhou Bin');
});

test('"He" before a capitalized given name is the Chinese surname, not the pronoun ("He Yadong, spokesperson …, said")', () => {
  const HE: EntitySpec = { name: 'He Yadong', type: 'person', forms: ['He Yadong'] };
  const s = speakerOf('"The export ban breaks WTO rules," He Yadong, a spokesperson for the Ministry of Commerce, said.', [HE]);
  assert.equal(s?.text, 'He Yadong');
  const VICE: EntitySpec = { name: 'He Lifeng', type: 'person', forms: ['He Lifeng'] };
  assert.equal(speakerOf('Vice Premier He Lifeng said the trade talks were "candid and constructive."', [VICE])?.text, 'Vice Premier He Lifeng');
  // the pronoun stays a pronoun
  assert.equal(speakerOf('He said the trade talks were "candid and constructive."', [])?.text, 'He');
});
