import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Paragraphs written for these tests, in the style of agency reports of speeches.
const NGOZI: EntitySpec = { name: 'Ngozi Okonjo-Iweala', type: 'person', forms: ['Ngozi Okonjo-Iweala', 'Okonjo-Iweala'] };

test('a quotation running over paragraphs, attributed only in its last one, has that speaker in every paragraph', () => {
  const text = '"The global economy is at a crossroads. Protectionism is on the rise.\n"Trade barriers hurt everyone.\n"We must choose openness over isolation," said Ngozi Okonjo-Iweala.';
  const q = findQuotes(quoteInput(text, [NGOZI]));
  assert.equal(q.length, 3);
  assert.deepEqual(q.map((x) => x.speaker?.name), ['Ngozi Okonjo-Iweala', 'Ngozi Okonjo-Iweala', 'Ngozi Okonjo-Iweala']);
});

test('in curly marks too, and a speaker named before the running quotation keeps its first paragraph', () => {
  const curly = '“The global economy is at a crossroads.\n“We must choose openness,” Okonjo-Iweala said.';
  assert.equal(findQuotes(quoteInput(curly, [NGOZI]))[0]?.speaker?.name, 'Ngozi Okonjo-Iweala');
  const LI: EntitySpec = { name: 'Li Qiang', type: 'person', forms: ['Li Qiang', 'Li'] };
  const led = 'Li Qiang said: "The recovery is on track.\n"We will keep opening up," Okonjo-Iweala added.';
  assert.equal(findQuotes(quoteInput(led, [LI, NGOZI]))[0]?.speaker?.name, 'Li Qiang');
});

test('a paragraph left open that the next does not continue takes no speaker from it', () => {
  const text = '"The global economy is at a crossroads.\nTrade ministers met in Geneva on Monday. "We must choose openness," Okonjo-Iweala said.';
  const q = findQuotes(quoteInput(text, [NGOZI]));
  assert.equal(q.length, 1);
  assert.equal(q[0].text, '"We must choose openness,"');
});
