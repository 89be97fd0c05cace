import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;

const MAO: EntitySpec = { name: 'Mao Ning', type: 'person', forms: ['Mao Ning'] };

test('a role with a possessive before the name set off by commas speaks as that name: "The ministry\'s spokesperson, Mao Ning, said"', () => {
  assert.equal(speakerOf('The ministry\'s spokesperson, Mao Ning, said on Tuesday that the visit "sends the wrong signal."', [MAO])?.name, 'Mao Ning');
  assert.equal(speakerOf('The ministry\'s spokesperson, Mao Ning, said: "The visit sends the wrong signal."', [MAO])?.name, 'Mao Ning');
});

test('a country\'s possessive opening the role is no speaker: "China\'s top diplomat, Wang Yi, said" is Wang Yi, not China', () => {
  const WANG: EntitySpec = { name: 'Wang Yi', type: 'person', forms: ['Wang Yi'] };
  const CHINA: EntitySpec = { name: 'China', type: 'location', forms: ['China'] };
  assert.equal(speakerOf('China\'s top diplomat, Wang Yi, said the two sides should "meet each other halfway."', [WANG, CHINA])?.name, 'Wang Yi');
});

test('a campaign aide named after the candidate\'s possessive is the speaker, not the candidate', () => {
  const LOPEZ: EntitySpec = { name: 'Ana Lopez', type: 'person', forms: ['Ana Lopez', 'Lopez'] };
  const REYES: EntitySpec = { name: 'Tomas Reyes', type: 'person', forms: ['Tomas Reyes'] };
  const text = 'Lopez\'s campaign manager, Tomas Reyes, told supporters that "the polls are wrong again."';
  assert.equal(speakerOf(text, [LOPEZ, REYES])?.name, 'Tomas Reyes');
});

test('"…, said X, adding that “…”": the one the inverted reporting verb names adds the quotation, not the sentence\'s subject', () => {
  const ZHOU: EntitySpec = { name: 'Zhou Bin', type: 'person', forms: ['Zhou Bin'] };
  assert.equal(speakerOf('Rescuers are working around the clock, said Zhou Bin, adding that "every minute counts."', [ZHOU])?.name, 'Zhou Bin');
  assert.equal(speakerOf('Rescuers are working around the clock, said Zhou Bin, a local official, adding that "every minute counts."', [ZHOU])?.name, 'Zhou Bin');
});

test('"…, the spokesperson said, adding that “…”" keeps the spokesperson', () => {
  assert.equal(speakerOf('Beijing opposes the move, the spokesperson said, adding that China would take "resolute measures."', [])?.text, 'the spokesperson');
});

test('"X wrote this week, adding that “…”" keeps X: a time phrase after a verb in plain order is no inverted subject', () => {
  const OKAFOR: EntitySpec = { name: 'Ada Okafor', type: 'person', forms: ['Ada Okafor'] };
  const text = 'Analyst Ada Okafor wrote this week, adding that if turnout falls, "the majority would be hard to keep."';
  assert.equal(speakerOf(text, [OKAFOR])?.name, 'Ada Okafor');
});
