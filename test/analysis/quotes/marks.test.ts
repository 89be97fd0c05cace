import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput } from './quoteInput';

const quotesOf = (text: string) => findQuotes(quoteInput(text)).map((q) => q.text);

test('curly, straight and doubled-apostrophe quotation marks all delimit quotations, marks included', () => {
  assert.deepEqual(quotesOf('“We will not back down,” the mayor said.'), ['“We will not back down,”']);
  assert.deepEqual(quotesOf('"We will not back down," the mayor said.'), ['"We will not back down,"']);
  assert.deepEqual(quotesOf("''We will not back down,'' the mayor said."), ["''We will not back down,''"]);
});

test('apostrophes in possessives, contractions and decades never open a quotation', () => {
  assert.deepEqual(quotesOf("China's exports rose in the '90s, and the mayor's office didn't comment."), []);
  assert.deepEqual(quotesOf("In the '90s, he said, ''it wasn't like this,'' and China's mood was 'different'."), ["''it wasn't like this,''"]);
});

test('single quotation marks nested in a double quotation stay inside it', () => {
  const q = quotesOf('"They told me, \'You can\'t win this,\' and I did," Mr. Lee said.');
  assert.deepEqual(q, ['"They told me, \'You can\'t win this,\' and I did,"']);
});

test('a quotation running over several paragraphs is one quotation per paragraph, with the same speaker', () => {
  const text = [
    '"We have made mistakes, and we will fix them," said Maria Lopez, the city\'s budget director. "The deficit is real.',
    '"But the schools will stay open, and no teacher will lose a job."',
    'The council votes next week.',
  ].join('\n');
  const quotes = findQuotes(quoteInput(text, [{ name: 'Maria Lopez', type: 'person', forms: ['Maria Lopez'] }]));
  assert.deepEqual(quotes.map((q) => q.text), [
    '"We have made mistakes, and we will fix them,"',
    '"The deficit is real.',
    '"But the schools will stay open, and no teacher will lose a job."',
  ]);
  for (const q of quotes) assert.equal(q.speaker?.name, 'Maria Lopez');
  assert.equal(quotes[2].speaker?.text, 'Maria Lopez');
});

test('an unclosed mark not followed by a continuing paragraph yields no quotation', () => {
  assert.deepEqual(quotesOf('He said "this is the end.\nThe meeting closed at noon.'), []);
});

test('a nickname between a first and a last name is not a quotation', () => {
  assert.deepEqual(quotesOf('Rep. Anna "Annie" Park opened her family\'s orchard to voters on Saturday.'), []);
});

test('markup attribute values that leaked into the text are not quotations', () => {
  assert.deepEqual(quotesOf('<tweet author="@somebody" date="2016-03-10">We won tonight</tweet>'), []);
});

test('titles of works and scare quotes after "so-called" are not quotations', () => {
  assert.deepEqual(quotesOf('She starred in the film "The Quiet Years" last spring, and it made her famous.'), []);
  assert.deepEqual(quotesOf('He appeared on NBC\'s "Meet the Press" on Sunday.'), []);
  assert.deepEqual(quotesOf('The so-called "reform" package passed on Tuesday.'), []);
});

test('a partial quotation after a speech verb is a quotation even when short', () => {
  assert.deepEqual(quotesOf('Kang said the talks were "constructive."'), ['"constructive."']);
});

test('a photo caption between two paragraphs of a running quotation does not break it', () => {
  const text = [
    '"We will keep our word," Kang said. "The system is temporary.',
    'Chinese Foreign Minister Wang Yi and Kang Kyung-wha hold talks in Beijing, November 22, 2017. /CGTN Photo',
    '"No more launchers will come."',
  ].join('\n');
  const quotes = findQuotes(quoteInput(text, [{ name: 'Kang Kyung-wha', type: 'person', forms: ['Kang Kyung-wha', 'Kang'] }]));
  assert.deepEqual(quotes.map((q) => q.text), ['"We will keep our word,"', '"The system is temporary.', '"No more launchers will come."']);
  assert.equal(quotes[2].speaker?.name, 'Kang Kyung-wha');
});

test('a short capitalised phrase quoted right after "film", "poem" and the like is a title, not a quotation', () => {
  assert.deepEqual(quotesOf('Bong Joon-ho\'s film "The Host" drew record crowds.'), []);
  assert.deepEqual(quotesOf('Her poem "The Long Road Home" was read at the ceremony.'), []);
  // words after "called" stay a quotation when they read as speech
  assert.deepEqual(quotesOf('He called the plan "a recipe for disaster."'), ['"a recipe for disaster."']);
});
