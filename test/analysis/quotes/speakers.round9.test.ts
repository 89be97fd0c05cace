import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const quotesOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs));
const speakerOf = (text: string, specs: EntitySpec[], i = 0) => quotesOf(text, specs)[i]?.speaker;

test('a next sentence that only credits the quotation names its speaker: "Those were the words of X, …"', () => {
  const ZHANG: EntitySpec = { name: 'Zhang Wei', type: 'person', forms: ['Zhang Wei'] };
  const text = '"We will never give up." Those were the words of Zhang Wei, a volunteer who spent three days searching the rubble after the earthquake.';
  assert.equal(speakerOf(text, [ZHANG])?.name, 'Zhang Wei');
});

test('"So said X …" after a quotation names its speaker, however long the sentence runs', () => {
  const QUAN: EntitySpec = { name: 'Quan Hongchan', type: 'person', forms: ['Quan Hongchan'] };
  const s = speakerOf('"I just wanted to enjoy the dive." So said gold medallist Quan Hongchan after her near-perfect final at the Paris Aquatics Centre.', [QUAN]);
  assert.equal(s?.text, 'gold medallist Quan Hongchan');
  assert.equal(s?.name, 'Quan Hongchan');
});

test('the answer of a Q&A interview is said by the interviewee the introduction names, the question by no one', () => {
  const XIE: EntitySpec = { name: 'Xie Feng', type: 'person', forms: ['Xie Feng'] };
  const text = [
    'In an exclusive interview with CGTN, Chinese Ambassador to the U.S. Xie Feng discussed bilateral relations.',
    'Q: "How do you view the latest U.S. export controls on chips?"',
    'A: "China firmly opposes the politicization of trade and technology issues."',
    'Q: What is your message to American businesses?',
    'A: "China\'s door will only open wider."',
  ].join('\n');
  const q = quotesOf(text, [XIE]);
  assert.equal(q.length, 3);
  assert.equal(q[0].speaker, null);
  assert.equal(q[1].speaker?.name, 'Xie Feng');
  assert.equal(q[2].speaker?.name, 'Xie Feng');
});

test('the interviewee is the object of "interviewed" when the outlet is the subject', () => {
  const IMF: EntitySpec = { name: 'Kristalina Georgieva', type: 'person', forms: ['Kristalina Georgieva'] };
  const text = [
    'CGTN interviewed Kristalina Georgieva, managing director of the International Monetary Fund, at the Boao Forum.',
    'Q: Is the global economy heading for a recession?',
    'A: "We do not see a global recession this year."',
  ].join('\n');
  assert.equal(speakerOf(text, [IMF])?.name, 'Kristalina Georgieva');
});

test('a clause crediting the quotation as its subject names the speaker: "…," was the message from X / was all X would say', () => {
  assert.equal(speakerOf('"Peace is the only way," was the message from the pope on Sunday.', [])?.text, 'the pope');
  assert.equal(speakerOf('"We are ready," was all the coach would say.', [])?.text, 'the coach');
});
