import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of wire news.
const quotesOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs));

test('the one "heard telling" or "caught on camera shouting" after a quotation is its speaker', () => {
  const heard = quotesOf('"We are going to the final," he was heard telling teammates in the tunnel.');
  assert.equal(heard.length, 1);
  assert.equal(heard[0].speaker?.text, 'he');
  const caught = quotesOf('"Give the ball back now," the goalkeeper was caught on camera shouting at a ball boy.');
  assert.equal(caught[0]?.speaker?.text, 'the goalkeeper');
});

test('a single-quoted line followed by "was heard saying" is a quotation', () => {
  const SUNAK: EntitySpec = { name: 'Keir Starmer', type: 'person', forms: ['Keir Starmer'] };
  const text = '\'This changes everything for working families,\' Keir Starmer was heard saying as he left the hall.';
  const quotes = quotesOf(text, [SUNAK]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].speaker?.name, 'Keir Starmer');
});

test('one merely seen or heard is no speaker without a verb of speech ("was seen leaving")', () => {
  const quotes = quotesOf('"We will not give up," the statement read. The minister was seen leaving the building.');
  assert.equal(quotes[0]?.speaker?.text, 'the statement');
});

test('a place label before a reported sentence is a dateline, not a speaker: the single-quoted words are the reported ones', () => {
  const HUA: EntitySpec = { name: 'Guo Jiakun', type: 'person', forms: ['Guo Jiakun'] };
  const text = "Beijing: Foreign ministry spokesperson Guo Jiakun said on Tuesday that the two sides 'remain in close communication'.";
  const quotes = quotesOf(text, [HUA]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, "'remain in close communication'");
  assert.equal(quotes[0].speaker?.name, 'Guo Jiakun');
});

test('under a speaker\'s label, single marks in the speaker\'s own words ("we said") stay inside the speech', () => {
  const text = "Guo Jiakun: As we said last week, the so-called 'concerns' are groundless.";
  assert.equal(quotesOf(text).length, 0);
});
