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

test('"he" after "X met Y" is the subject X, not the object Y named last', () => {
  const LI: EntitySpec = { name: 'Li Qiang', type: 'person', forms: ['Li Qiang', 'Li'] };
  const SCHOLZ: EntitySpec = { name: 'Olaf Scholz', type: 'person', forms: ['Olaf Scholz', 'Scholz'] };
  const text = 'Li Qiang met with Olaf Scholz in Berlin on Monday. "China and Germany are partners, not rivals," he said.';
  assert.equal(speakerOf(text, [LI, SCHOLZ])?.name, 'Li Qiang');
});

test('a subject with a title written with a full stop ("In a statement, Mr. Li said …") outranks the man named after it', () => {
  const LI: EntitySpec = { name: 'Li Wei', type: 'person', forms: ['Li Wei', 'Li'] };
  const CHEN: EntitySpec = { name: 'Chen Hao', type: 'person', forms: ['Chen Hao', 'Chen'] };
  const text = 'In a statement, Mr. Li said his company had never worked with Mr. Chen. "We follow the law in every market," he wrote.';
  assert.equal(speakerOf(text, [LI, CHEN])?.name, 'Li Wei');
});

test('a name inside the title of the subject ("Trump senior adviser Stephen Miller") is not the subject', () => {
  const TRUMP: EntitySpec = { name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] };
  const MILLER: EntitySpec = { name: 'Stephen Miller', type: 'person', forms: ['Stephen Miller', 'Miller'], roles: ['senior adviser'] };
  const BIDEN: EntitySpec = { name: 'Joe Biden', type: 'person', forms: ['Joe Biden', 'Biden'] };
  const text = 'Trump senior adviser Stephen Miller criticized Joe Biden on Sunday. "The border is open," he said.';
  assert.equal(speakerOf(text, [TRUMP, MILLER, BIDEN])?.name, 'Stephen Miller');
});

test('"he" after a sentence whose subject is "Trump senior adviser Stephen Miller" is Miller, not Trump', () => {
  const TRUMP: EntitySpec = { name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] };
  const MILLER: EntitySpec = { name: 'Stephen Miller', type: 'person', forms: ['Stephen Miller', 'Miller'], roles: ['senior adviser'] };
  const text = 'Trump senior adviser Stephen Miller spoke to reporters on Sunday. "The border is open," he said.';
  assert.equal(speakerOf(text, [TRUMP, MILLER])?.name, 'Stephen Miller');
});

test('"according to a statement released by X" speaks for X, and the speaker is the statement', () => {
  const EMBASSY: EntitySpec = { name: 'Chinese Embassy in Nairobi', type: 'organization', forms: ['Chinese Embassy in Nairobi'] };
  const s = speakerOf('According to a statement released by the Chinese Embassy in Nairobi, the two sides "agreed to expand cooperation in agriculture."', [EMBASSY]);
  assert.equal(s?.text, 'a statement');
  assert.equal(s?.name, 'Chinese Embassy in Nairobi');
});

test('a plural noun without -s takes a bare reporting verb: "some Western media describe as …", "many people call …"', () => {
  assert.equal(speakerOf('The railway, which some Western media describe as "a debt trap," has carried millions of passengers.', [])?.text, 'some Western media');
  assert.equal(speakerOf('Many people call the bridge "a miracle of engineering."', [])?.text, 'Many people');
});
