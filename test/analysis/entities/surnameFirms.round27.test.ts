import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { surnameFirms } from '../../../server/src/analysis/entities/surnameFirms';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s technology business news.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('a venture firm named after its founders, leading a funding round, is an organization ("led by Andreessen Horowitz")', () => {
  assert.ok(names('The robotics startup raised $300 million in a round led by Andreessen Horowitz.').includes('Andreessen Horowitz/organization'));
});

test('a person with a given name who leads a round stays a person ("led by Reid Ostrander")', () => {
  const text = 'The startup raised $20 million in a round led by Reid Ostrander.';
  const ms = [at(text, 'Reid Ostrander', 'person')];
  assert.deepEqual(shown(text, surnameFirms(text, ms, tokenize(text).tokens, placesGazetteer([], [], [], {}, ['Reid']))), ['Reid Ostrander/person']);
});

test('an investor later named by the surname alone stays a person ("led by Takumi Hoshino" … "Hoshino said")', () => {
  const text = 'The startup raised $2 billion in a round led by Takumi Hoshino. Hoshino said the firm would grow.';
  const ms = [at(text, 'Takumi Hoshino', 'person'), at(text, 'Hoshino', 'person', 'detected', text.indexOf('. ') + 1)];
  assert.deepEqual(shown(text, surnameFirms(text, ms, tokenize(text).tokens, placesGazetteer([]))), ['Takumi Hoshino/person', 'Hoshino/person']);
});

test('"led by" two names outside a funding round stays a person ("a delegation led by Amara Okafor")', () => {
  const text = 'A delegation led by Amara Okafor arrived in Nairobi.';
  const ms = [at(text, 'Amara Okafor', 'person'), at(text, 'Nairobi', 'location')];
  assert.deepEqual(shown(text, surnameFirms(text, ms, tokenize(text).tokens, placesGazetteer([]))), ['Amara Okafor/person', 'Nairobi/location']);
});
