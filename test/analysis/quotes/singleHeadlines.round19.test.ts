import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Headlines and sentences written for these tests, in the style of CGTN and wire reports.
const quotesOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs));
const XI: EntitySpec = { name: 'Xi Jinping', type: 'person', forms: ['Xi Jinping', 'Xi'] };

test('a headline quotation in single marks under a speaker\'s label is a quotation of that speaker ("Xi: ‘We will …’")', () => {
  const quotes = quotesOf("Xi: 'We will open our doors wider'\n\nChinese President Xi Jinping on Tuesday pledged to widen market access.", [XI]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, "'We will open our doors wider'");
  assert.equal(quotes[0].speaker?.name, 'Xi Jinping');
  const curly = quotesOf('Xi Jinping: ‘China will never seek hegemony’', [XI]);
  assert.equal(curly[0]?.text, '‘China will never seek hegemony’');
});

test('apostrophes inside a labelled quotation do not end it ("Modi: ‘India’s growth story has just begun’")', () => {
  const MODI: EntitySpec = { name: 'Narendra Modi', type: 'person', forms: ['Narendra Modi', 'Modi'] };
  assert.equal(quotesOf("Modi: 'India's growth story has just begun'", [MODI])[0]?.text, "'India's growth story has just begun'");
  assert.equal(quotesOf("Li Qiang: 'Let's keep working together.'")[0]?.text, "'Let's keep working together.'");
});

test('a site\'s kicker is no speaker\'s label, and a quoted title, a term or a possessive after a colon is no labelled quotation', () => {
  assert.deepEqual(quotesOf("Exclusive: 'We will open our doors wider'"), []);
  assert.deepEqual(quotesOf("Shanghai: 'We will open our doors wider' is the new motto at the expo"), []);
  assert.deepEqual(quotesOf("Review: 'Ne Zha 2' breaks box office records"), []);
  assert.deepEqual(quotesOf("Markets: 'Risk-on' mood returns as stocks rally"), []);
  assert.deepEqual(quotesOf("China's farmers' incomes: it's been a good year for the nation's growers"), []);
});

test('a labelled headline quotation in single marks does not make the story\'s single marks quotations', () => {
  const text = "Xi: 'We will open our doors wider'\n\nThe plan to build a 'unified national market' was first set out in 2022. \"China's door will only open wider,\" Xi said.";
  const quotes = quotesOf(text, [XI]).map((q) => q.text);
  assert.deepEqual(quotes, ["'We will open our doors wider'", '"China\'s door will only open wider,"']);
});

test('an article that prints its quotations in single marks keeps possessives and contractions out of them', () => {
  const text = "Premier Li Qiang said on Friday that the country's economy 'remains resilient'. 'We're confident of meeting this year's targets,' Li told the forum. The ministers' talks didn't end until late.";
  const quotes = quotesOf(text, [{ name: 'Li Qiang', type: 'person', forms: ['Premier Li Qiang', 'Li Qiang', 'Li'] }]);
  assert.deepEqual(quotes.map((q) => q.text), ["'remains resilient'", "'We're confident of meeting this year's targets,'"]);
  assert.ok(quotes.every((q) => q.speaker?.name === 'Li Qiang'));
});
