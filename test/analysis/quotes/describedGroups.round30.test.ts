import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const speakers = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => q.speaker && { text: q.speaker.text, name: q.speaker.name });

test('a plural group described by a relative clause before a colon is the whole description, not the noun inside the clause', () => {
  const text = 'Residents who fled the town said: "We left with nothing but the clothes we were wearing."';
  assert.equal(speakers(text)[0]?.text, 'Residents who fled the town');
});

test('a plural group described by a relative clause after an inverted "said" is the whole description', () => {
  const text = '"We were told nothing until the gates were locked," said workers who were laid off last year.';
  assert.equal(speakers(text)[0]?.text, 'workers who were laid off last year');
});

test('a plural group with a relative clause before "told reporters", after the quotation, is the whole description', () => {
  const text = '"Nobody came to help us for three days," residents who fled the town told reporters.';
  assert.equal(speakers(text)[0]?.text, 'residents who fled the town');
});

test('a time phrase that ends the relative clause belongs to it: "Workers who were laid off last year told reporters: …"', () => {
  const text = 'Workers who were laid off last year told reporters: "We gave this company twenty years of our lives."';
  assert.equal(speakers(text)[0]?.text, 'Workers who were laid off last year');
});

test('"they" after a plural group described by a relative clause that spoke in indirect speech is that whole group', () => {
  const text = 'Residents who fled the town said the water rose within an hour. "We left with nothing," they said.';
  assert.deepEqual(speakers(text)[0], { text: 'they', name: 'Residents who fled the town' });
});

test('"they" after a group described by a "whose" clause with a time phrase in it is that group', () => {
  const text = 'Farmers whose crops were destroyed by the hail on Sunday said they would seek compensation. "The whole harvest is gone," they told CGTN.';
  assert.equal(speakers(text)[0]?.name, 'Farmers whose crops were destroyed by the hail on Sunday');
});

test('a counted plural group with a relative clause ("Many parents who …") is the whole description', () => {
  const text = 'Many parents who gathered outside the school said: "Our children are too scared to go back."';
  assert.equal(speakers(text)[0]?.text, 'Many parents who gathered outside the school');
});

test('a place named inside the relative clause of a plural group is no speaker', () => {
  const text = 'Residents who fled Derna said: "The water took everything in minutes."';
  const said = findQuotes(quoteInput(text, [{ name: 'Derna', type: 'location', forms: ['Derna'] }]))[0]?.speaker;
  assert.equal(said?.text, 'Residents who fled Derna');
  assert.equal(said?.entity, null);
});

test('a definite description with a relative clause ("The witness who saw the crash told the court") is the whole description, not the noun inside the clause', () => {
  const text = 'The witness who saw the crash told the court: "The car never slowed down."';
  assert.equal(speakers(text)[0]?.text, 'The witness who saw the crash');
});
