import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn, mention } from './helpers';

// General news sentences written for these tests. Reference date: Thursday 5 January 2017 unless stated.
const REF = '2017-01-05';
const pairs = (text: string, ref = REF) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('deictic days resolve against the reference date', () => {
  assert.deepEqual(pairs('The talks ended yesterday and resume tomorrow, officials said today.'), [
    ['yesterday', '2017-01-04'], ['tomorrow', '2017-01-06'], ['today', '2017-01-05'],
  ]);
});

test('a weekday in a future-tense sentence is the coming one', () => {
  assert.equal(mention('The minister will travel to Seoul on Monday.', REF, 'Monday')?.value, '2017-01-09');
});

test('"last Friday" and "next Tuesday" skip the reference day itself', () => {
  assert.equal(mention('The deal was signed last Friday.', '2017-01-06', 'last Friday')?.value, '2016-12-30');
  assert.equal(mention('He will arrive next Tuesday.', '2017-01-03', 'next Tuesday')?.value, '2017-01-10');
});

test('a weekday with a part of day is a time with the TIMEX3 part-of-day code', () => {
  const d = mention('Protesters gathered Monday morning outside the embassy.', REF, 'Monday morning');
  assert.equal(d?.type, 'time');
  assert.equal(d?.value, '2017-01-02TMO');
});

test('a clock time followed by a weekday gets both date and hour', () => {
  const d = mention('The vote was held at 3 p.m. Tuesday in the capital.', REF, '3 p.m. Tuesday');
  assert.equal(d?.type, 'time');
  assert.equal(d?.value, '2017-01-03T15:00');
});

test('relative weeks, months and years give ISO week, month and year values', () => {
  assert.deepEqual(pairs('Sales fell last week, rose last month and will grow next year.'), [
    ['last week', '2016-W52'], ['last month', '2016-12'], ['next year', '2018'],
  ]);
  assert.equal(mention('Prices rose this week.', REF, 'this week')?.value, '2017-W01');
});

test('"N units ago" counts back from the reference date at the unit\'s granularity', () => {
  assert.deepEqual(pairs('The company was founded 25 years ago and went public two months ago.'), [
    ['25 years ago', '1992'], ['two months ago', '2016-11'],
  ]);
});

test('a bare month takes the nearest fitting year and a month with a year keeps it', () => {
  assert.equal(mention('Elections are due in March.', REF, 'March')?.value, '2017-03');
  assert.equal(mention('The plant closed in November.', REF, 'November')?.value, '2016-11');
  assert.equal(mention('The plant closed in November 2015.', REF, 'November 2015')?.value, '2015-11');
});

test('"May" and "March" as verbs are not months', () => {
  assert.deepEqual(pairs('Officials may march on the capital, and they may win.'), []);
});

test('decades, centuries, seasons and quarters get their TIMEX3 values', () => {
  assert.equal(mention('Growth was strong in the 1990s.', REF, 'the 1990s')?.value, '199');
  assert.equal(mention('Growth was strong in 1990s Asia.', REF, '1990s')?.value, '199X');
  assert.equal(mention('It was built in the 20th century.', REF, 'the 20th century')?.value, '19');
  assert.equal(mention('The bridge will open this spring.', REF, 'this spring')?.value, '2017-SP');
  assert.equal(mention('Profit rose in the third quarter of 2016.', REF, 'the third quarter of 2016')?.value, '2016-Q3');
});

test('the present, past and future references', () => {
  assert.deepEqual(pairs('The group is now larger than it was in the past, and it hopes to grow in the future.'), [
    ['now', 'PRESENT_REF'], ['the past', 'PAST_REF'], ['the future', 'FUTURE_REF'],
  ]);
});

test('durations keep modifiers and frames inside the span', () => {
  assert.deepEqual(pairs('Exports doubled over the past two decades, and the strike lasted more than 48 hours.'), [
    ['the past two decades', 'P20Y'], ['more than 48 hours', 'PT48H'],
  ]);
  assert.equal(mention('They signed a five-year contract.', REF, 'five-year')?.value, 'P5Y');
});

test('ages are not durations', () => {
  assert.deepEqual(pairs('The 52-year-old doctor, who is 37 years old, was injured.'), []);
});

test('sets: every, each, adverbs and frequencies', () => {
  assert.deepEqual(pairs('The report is published every year, the index weekly and prices twice a day.'), [
    ['every year', 'P1Y'], ['weekly', 'P1W'], ['twice a day', 'P1D'],
  ]);
  assert.equal(mention('Flights leave each Thursday.', REF, 'each Thursday')?.value, 'XXXX-WXX-4');
  assert.equal(datesIn('The report is published every year.', REF)[0].type, 'set');
});

test('"the year" after a date refers back to that date\'s year', () => {
  const text = 'The treaty was signed on March 3, 2009, and later in the year the parliament ratified it.';
  assert.equal(mention(text, REF, 'later in the year')?.value, '2009');
  assert.equal(mention('In 1994 the firm moved, and the following year it expanded.', REF, 'the following year')?.value, '1995');
});

test('"a year ago" in an earnings report is the same quarter a year earlier', () => {
  const text = 'Profit climbed to $7 million, or 14 cents a share, from $6 million a year ago.';
  assert.equal(mention(text, '1989-10-26', 'a year ago')?.value, '1988-Q3');
});

test('an unreadable reference date leaves relative values unknown but keeps absolute ones', () => {
  const { tokens, sentences } = require('../../../server/src/analysis/tokens/tokenize').tokenize('He left on Monday, March 3, 2009, and came back yesterday.');
  const { findDates } = require('../../../server/src/analysis/dates/findDates');
  const out = findDates('He left on Monday, March 3, 2009, and came back yesterday.', tokens, sentences, { value: 'unknown', source: 'today' });
  assert.deepEqual(out.map((d: { value: string }) => d.value), ['2009-03-03', 'XXXX-XX-XX']);
});

test('spans do not depend on exact token boundaries', () => {
  const text = 'Talks resumed on Jan. 5, 2017 in Seoul.';
  const { findDates } = require('../../../server/src/analysis/dates/findDates');
  const withoutTokens = findDates(text, [], [], { value: REF, source: 'cli' });
  assert.deepEqual(withoutTokens.map((d: { text: string; value: string }) => [d.text, d.value]), [['Jan. 5, 2017', '2017-01-05']]);
});

test('month words used as first names are not dates', () => {
  assert.deepEqual(pairs('April Ryan asked August Wilson about the plan.'), []);
  assert.equal(mention('He read the paper and left in April.', REF, 'April')?.value, '2016-04');
});

test('"next to" is a preposition, not a sign of the future', () => {
  const text = 'Dozens of people were hurt in the storm that hit the coast on Wednesday.';
  assert.equal(mention(text, REF, 'Wednesday')?.value, '2017-01-04');
});

test('a possessive weekday names a past day even in a future sentence', () => {
  const text = 'Defence lawyers said they would try to overturn Wednesday\'s ruling.';
  assert.equal(datesIn(text, REF)[0]?.value, '2017-01-04');
});

test('"Friday night" resolves to the day itself', () => {
  const d = mention('The doctor was shot in his kitchen Friday night.', '2017-01-08', 'Friday night');
  assert.equal(d?.value, '2017-01-06');
});

test('"going to" earlier in the clause puts a season in the coming year', () => {
  const text = 'Farmers will get help with the drought this summer, she said.';
  assert.equal(mention(text, '1998-03-22', 'this summer')?.value, '1998-SU');
});

test('a past verb after "will" takes over for the expression it governs', () => {
  const text = 'The minister will visit Seoul, and he met Kang on Monday.';
  assert.equal(mention(text, '1998-03-22', 'Monday')?.value, '1998-03-16');
});

test('halves of a year and undotted month abbreviations', () => {
  assert.equal(mention('Growth slowed in the first half of 2018.', REF, 'the first half of 2018')?.value, '2018-H1');
  assert.equal(mention('The court will rule on Dec 5, 2017.', REF, 'Dec 5, 2017')?.value, '2017-12-05');
});

test('"last" as a verb stays outside a duration', () => {
  assert.deepEqual(pairs('The talks are expected to last three days.'), [['three days', 'P3D']]);
});
