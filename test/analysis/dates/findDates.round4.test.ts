import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn, mention } from './helpers';

// Sentences written for these tests (round 4 of the date layer). Reference dates are given per test.

test('"today\'s" before an ordinary noun is the reference day, without the possessive', () => {
  const d = mention('The statement, printed in today\'s editions of the paper, denies the report.', '2017-03-02', 'today');
  assert.equal(d?.value, '2017-03-02');
});

test('"today\'s world" and "today\'s young people" speak of the present age, not a day', () => {
  assert.deepEqual(datesIn('Such rules make little sense in today\'s world.', '2017-03-02'), []);
  assert.deepEqual(datesIn('Many of today\'s young people read news on phones.', '2017-03-02'), []);
});

test('"Today" after a capitalized name is the title of a paper or show, not a date', () => {
  assert.deepEqual(datesIn('The poll was published by USA Today and a local radio station.', '2017-03-02'), []);
  assert.equal(mention('The ceasefire held on Sunday. Today the talks resume.', '2017-03-06', 'Today')?.value, '2017-03-06');
});

test('"at 4 in the morning" is a clock time; "in the evening" moves it past noon', () => {
  assert.equal(mention('Curfew starts at 4 in the morning, the army said.', '2017-03-02', '4 in the morning')?.value, '2017-03-02T04:00');
  assert.equal(mention('The polls will close at 8 in the evening Friday.', '2017-03-01', '8 in the evening Friday')?.value, '2017-03-03T20:00');
});

test('a number before "in the afternoon" without a preposition is not a time', () => {
  assert.equal(datesIn('The index fell 5 in the afternoon session.', '2017-03-02').some((d) => d.type === 'time'), false);
});
