import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const speakers = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => q.speaker && { text: q.speaker.text, name: q.speaker.name });
const MANDALAY: EntitySpec = { name: 'Mandalay', type: 'location', forms: ['Mandalay'] };

test('a relative clause after an unnamed speaker, before the verb, is part of the description, and the town in it no speaker', () => {
  const text = '"The whole building started shaking," a woman who sells vegetables at a market in Mandalay told CGTN by phone.';
  assert.deepEqual(speakers(text, [MANDALAY])[0], { text: 'a woman who sells vegetables at a market in Mandalay', name: 'a woman who sells vegetables at a market in Mandalay' });
});

test('a relative clause with "whose" describes the unnamed speaker too', () => {
  assert.equal(speakers('"We have lost the whole harvest," a farmer whose fields were flooded told reporters.')[0]?.text, 'a farmer whose fields were flooded');
});

test('an unnamed speaker with a relative clause before the quotation is described in full', () => {
  assert.equal(speakers('A woman who lost her home in the floods said: "We have nothing left."')[0]?.text, 'A woman who lost her home in the floods');
});

test('after an inverted verb, a relative clause up to the end of the sentence describes the speaker', () => {
  assert.equal(speakers('"We lost everything in one night," said a man who lost his home in the landslide.')[0]?.text, 'a man who lost his home in the landslide');
});

test('a relative clause set off by commas is an aside: the unnamed speaker keeps the phrase before it', () => {
  assert.equal(speakers('"The water came in minutes," said a resident, who asked not to be named because she feared reprisals.')[0]?.text, 'a resident');
});

test('a named speaker is not stretched over a relative clause after the name', () => {
  const LI: EntitySpec = { name: 'Li Wei', type: 'person', forms: ['Li Wei'] };
  assert.equal(speakers('"Prices will keep rising," Li Wei, who runs a noodle shop in Chengdu, told CGTN.', [LI])[0]?.name, 'Li Wei');
});
