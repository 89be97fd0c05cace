import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { isJapaneseGivenName } from '../../../server/src/analysis/entities/japaneseGivenNames';
import { surnameFirms } from '../../../server/src/analysis/entities/surnameFirms';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s technology business news.
const firms = (text: string, ms: ReturnType<typeof at>[]) => shown(text, surnameFirms(text, ms, tokenize(text).tokens, placesGazetteer([])));

test('an investor whose given name reads as a Japanese one stays a person ("led by Masayoshi Son")', () => {
  const text = 'The chipmaker raised $2 billion in a round led by Masayoshi Son.';
  assert.deepEqual(firms(text, [at(text, 'Masayoshi Son', 'person')]), ['Masayoshi Son/person']);
});

test('an investor the article names with a person\'s post stays a person ("Odile Brancusi, the founder of …")', () => {
  const text = 'The startup raised $40 million in a round led by Odile Brancusi. Odile Brancusi, the founder of a Lyon fund, said AI demand was strong.';
  const ms = [at(text, 'Odile Brancusi', 'person'), at(text, 'Odile Brancusi', 'person', 'detected', text.indexOf('. ') + 1), at(text, 'Lyon', 'location')];
  assert.deepEqual(firms(text, ms), ['Odile Brancusi/person', 'Odile Brancusi/person', 'Lyon/location']);
});

test('a post written before the full name makes it a person\'s too ("billionaire Odile Brancusi")', () => {
  const text = 'The startup raised $40 million in a round led by Odile Brancusi. Analysts said billionaire Odile Brancusi bet early on robots.';
  const ms = [at(text, 'Odile Brancusi', 'person'), at(text, 'Odile Brancusi', 'person', 'detected', text.indexOf('. ') + 1)];
  assert.deepEqual(firms(text, ms), ['Odile Brancusi/person', 'Odile Brancusi/person']);
});

test('a venture firm named after its founders is still an organization ("led by Andreessen Horowitz")', () => {
  const text = 'The robotics startup raised $300 million in a round led by Andreessen Horowitz, a Silicon Valley investor.';
  assert.deepEqual(firms(text, [at(text, 'Andreessen Horowitz', 'person')]), ['Andreessen Horowitz/organization']);
});

test('Japanese given names read so; English surnames and firms\' names do not', () => {
  for (const w of ['Masayoshi', 'Hiroshi', 'Yoshiaki', 'Kenji']) assert.ok(isJapaneseGivenName(w), w);
  for (const w of ['Andreessen', 'Horowitz', 'Sequoia', 'Kleiner', 'Perkins', 'Tiger', 'Khosla', 'sakura']) assert.ok(!isJapaneseGivenName(w), w);
});
