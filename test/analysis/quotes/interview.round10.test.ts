import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const quotesOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs));

const OKONJO: EntitySpec = { name: 'Ngozi Okonjo-Iweala', type: 'person', forms: ['Ngozi Okonjo-Iweala'] };

test('a paragraph an answer runs on into without a new "A:" is still the interviewee\'s answer', () => {
  const text = [
    'In an exclusive interview with CGTN, WTO Director-General Ngozi Okonjo-Iweala spoke about the state of world trade.',
    'Q: How resilient has trade been?',
    'A: Trade has held up well despite the tensions of recent years.',
    '"But fragmentation into rival blocs could cost the world dearly."',
    'Q: What is your message to young people?',
  ].join('\n');
  const q = quotesOf(text, [OKONJO]);
  // (since round 21 the answer itself, marks or none, is the interviewee's quotation too)
  assert.deepEqual(q.map((x) => x.text), ['Trade has held up well despite the tensions of recent years.', '"But fragmentation into rival blocs could cost the world dearly."']);
  for (const x of q) assert.equal(x.speaker?.name, 'Ngozi Okonjo-Iweala');
});

test('the interviewee is found before the first question even when earlier answers ran on over several paragraphs', () => {
  const text = [
    'In an exclusive interview with CGTN, WTO Director-General Ngozi Okonjo-Iweala spoke about the state of world trade.',
    'Mountains near Geneva, Switzerland, February 20, 2025. /CGTN Photo',
    'Q: What role can China play?',
    'A: China is the largest trading partner of more than 120 economies.',
    'It has been a strong supporter of the multilateral trading system.',
    'Q: Is the WTO still fit for purpose?',
    'A: "It is not perfect, but it is needed more than ever."',
  ].join('\n');
  const q = quotesOf(text, [OKONJO]);
  // (since round 21 every answer, marks or none, and the paragraph it runs on into are the interviewee's quotations)
  assert.equal(q.length, 3);
  for (const x of q) assert.equal(x.speaker?.name, 'Ngozi Okonjo-Iweala');
});
