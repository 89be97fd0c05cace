import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of business and technology news.
const speakerOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs))[0]?.speaker;
const org = (name: string): EntitySpec => ({ name, type: 'organization', forms: [name] });

test('"the company" is never a ministry named in between: it is the business the story is about', () => {
  const text = [
    'Xiaomi delivered its first electric cars in April, the Ministry of Industry and Information Technology said.',
    'Orders have since passed 100,000.',
    '"Our second factory will open next year," the company said.',
  ].join('\n');
  assert.equal(speakerOf(text, [org('Xiaomi'), org('Ministry of Industry and Information Technology')])?.name, 'Xiaomi');
});

test('"the company" reaches back past a court or department that sued it', () => {
  const text = [
    'Meta was sued by the Federal Trade Commission in 2020.',
    'The case went to trial this spring.',
    'Its shares barely moved.',
    '"We are confident the evidence is on our side," the company said.',
  ].join('\n');
  assert.equal(speakerOf(text, [org('Meta'), org('Federal Trade Commission')])?.name, 'Meta');
});

test('"the commission" still names the commission the company was fined by', () => {
  const fined = 'Alibaba was fined by the European Commission on Monday.\n"The rules apply to everyone," the commission said.';
  assert.equal(speakerOf(fined, [org('Alibaba'), org('European Commission')])?.name, 'European Commission');
});
