import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const said = (text: string) => findQuotes(quoteInput(text)).map((q) => [q.text, q.speaker?.text ?? null]);

test('an adjective in -ly is no adverb: "an elderly woman" is the whole speaker, after or before the verb', () => {
  assert.deepEqual(said('"The water came up to our knees," said an elderly woman in the flooded village.'), [['"The water came up to our knees,"', 'an elderly woman']]);
  assert.deepEqual(said('"Tickets sold out in minutes," a friendly volunteer told reporters.'), [['"Tickets sold out in minutes,"', 'a friendly volunteer']]);
});

test('a partitive with "of the" is one speaker: "one of the lawyers", "some of the residents"', () => {
  assert.deepEqual(said('"We will appeal the ruling," said one of the lawyers.'), [['"We will appeal the ruling,"', 'one of the lawyers']]);
  assert.deepEqual(said('"We had no warning," some of the residents said.'), [['"We had no warning,"', 'some of the residents']]);
});

test('a plural noun in -s after an adjective in -ly is no speech verb: "the deadly attacks" is no speaker', () => {
  assert.deepEqual(said('Since the deadly attacks on the port, the city has called for "calm and unity."'), [['"calm and unity."', 'the city']]);
});

test('a plural possessive stays inside the speaker\'s phrase: "the families\' lawyer", "the workers\' union"', () => {
  assert.deepEqual(said('"Justice has been served," said the families\' lawyer.'), [['"Justice has been served,"', 'the families\' lawyer']]);
  assert.deepEqual(said('"The strike will go on," the dockworkers\' union said in a statement.'), [['"The strike will go on,"', 'the dockworkers\' union']]);
});

test('a short relative clause about an unnamed speaker between it and the verb is part of the speaker\'s description', () => {
  assert.deepEqual(said('"We have evacuated 300 people," a local official who declined to be named told CGTN by phone.'), [['"We have evacuated 300 people,"', 'a local official who declined to be named']]);
});

test('a plural noun after an adjective in -ly is no reporting verb whose subject would speak', () => {
  assert.deepEqual(said('After the deadly attacks on the port, officials warned of "a long recovery."').map((q) => q[1]), [null]);
});
