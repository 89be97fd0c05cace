import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workTitles } from '../../../server/src/analysis/entities/workTitles';
import { at, run, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of culture news.

test('a name right after "the film", "the opera" … is the work\'s title, with its number ("The animated film Nezu 3")', () => {
  const text = 'The animated film Nezu 3 topped the box office, and the opera Lucinda toured Europe.';
  const ms = [at(text, 'Nezu', 'organization'), at(text, 'Lucinda', 'person'), at(text, 'Europe', 'location')];
  assert.deepEqual(shown(text, workTitles(text, ms)), ['Nezu 3/misc', 'Lucinda/misc', 'Europe/location']);
});

test('a subtitle after a colon belongs to the title ("the video game Black Myth: Wukong")', () => {
  const text = 'The video game Iron Harbor: Dawn sold two million copies.';
  const ms = [at(text, 'Iron Harbor', 'misc'), at(text, 'Dawn', 'person')];
  assert.deepEqual(shown(text, workTitles(text, ms)), ['Iron Harbor: Dawn/misc']);
});

test('the maker in a relative clause after the noun stays a person ("the film Zhang Yimou directed")', () => {
  const text = 'The film Li Wenhao directed in 2002 was a hit.';
  assert.deepEqual(shown(text, workTitles(text, [at(text, 'Li Wenhao', 'person')])), ['Li Wenhao/person']);
});

test('"game" and "series" alone are no works in sports news ("the game Brazil won", "the series Australia leads")', () => {
  const text = 'In the game Brazil won the cup, and in the series Australia leads 2-1.';
  const ms = [at(text, 'Brazil', 'location'), at(text, 'Australia', 'location')];
  assert.deepEqual(shown(text, workTitles(text, ms)), ['Brazil/location', 'Australia/location']);
});

test('a title found in full is found again where the tagger cut it ("Nezu 3" … "Nezu")', () => {
  const text = 'The film Nezu 3 grossed 2 billion yuan. Nezu 3 also led in Australia.';
  const ms = [at(text, 'Nezu', 'organization'), at(text, 'Nezu', 'organization', 'detected', 30), at(text, 'Australia', 'location')];
  assert.deepEqual(run(text, ms), ['Nezu 3/misc', 'Nezu 3/misc', 'Australia/location']);
});
