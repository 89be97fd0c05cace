import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const quotesOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs));

const MIANO: EntitySpec = { name: 'Rebecca Miano', type: 'person', forms: ['Rebecca Miano'] };
const INTRO = 'In an exclusive interview with CGTN, Kenyan Trade Minister Rebecca Miano spoke about exports to China.';

test('an answer that lost its opening mark but keeps its closing one is a quotation from the start of its words', () => {
  const text = [INTRO, 'Q: How do you see the zero-tariff policy?', 'A: It is a great opportunity for our farmers. Our tea can now reach millions of new customers."'].join('\n');
  const q = quotesOf(text, [MIANO]);
  assert.deepEqual(q.map((x) => x.text), ['It is a great opportunity for our farmers. Our tea can now reach millions of new customers."']);
  assert.equal(q[0].speaker?.name, 'Rebecca Miano');
});

test('an answer paragraph that goes on without its opening mark continues the quotation left open before it', () => {
  const text = [INTRO, 'Q: What has changed?', 'A: “Exports have doubled in two years.', 'Our farmers are more confident now.”'].join('\n');
  const q = quotesOf(text, [MIANO]);
  assert.deepEqual(q.map((x) => x.text), ['“Exports have doubled in two years.', 'Our farmers are more confident now.”']);
  for (const x of q) assert.equal(x.speaker?.name, 'Rebecca Miano');
});

test('with only its questions labelled, the paragraph after a question is the interviewee\'s answer, and "Q" is never a speaker', () => {
  const text = [INTRO, 'Q: What comes next?', '“We want more investment in processing, so that value stays at home.”'].join('\n');
  const q = quotesOf(text, [MIANO]);
  assert.equal(q.length, 1);
  assert.equal(q[0].speaker?.name, 'Rebecca Miano');
});

test('outside an interview a lone closing mark opens no quotation', () => {
  const text = 'The ministry said exports had doubled. Farmers were more confident now."';
  assert.deepEqual(quotesOf(text).map((x) => x.text), []);
});

test('in an answer, a lone closing mark inside the paragraph ends a quotation within it, so no quotation is guessed from it', () => {
  // (since round 21 an answer of a named interviewee is their quotation whole, whatever marks it holds; without an
  // interviewee named the lone mark still opens nothing)
  const answer = 'Many did. My neighbours kept telling me, you will never sell tea abroad.” Then the first order came.';
  const text = [INTRO, 'Q: Did anyone doubt you?', `A: ${answer}`].join('\n');
  assert.deepEqual(quotesOf(text, [MIANO]).map((x) => x.text), [answer]);
  assert.deepEqual(quotesOf(['Q: Did anyone doubt you?', `A: ${answer}`].join('\n')).map((x) => x.text), []);
});
