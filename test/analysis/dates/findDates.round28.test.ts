import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 28 of the date layer). 8 December 2026 is a Tuesday.

const REF = '2026-12-08';
const pairs = (text: string, ref = REF) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('"today", "tomorrow", "yesterday" inside a quotation count from the day it was said, when the sentence tells it', () => {
  assert.deepEqual(pairs('“We will vote tomorrow,” the minister said on Monday.'), [['tomorrow', '2026-12-08'], ['Monday', '2026-12-07']]);
  assert.deepEqual(pairs('“I am very happy today,” Smith told reporters on Monday.'), [['today', '2026-12-07'], ['Monday', '2026-12-07']]);
  assert.deepEqual(pairs('"Yesterday was a hard day," he told reporters on Sunday.'), [['Yesterday', '2026-12-05'], ['Sunday', '2026-12-06']]);
  assert.deepEqual(pairs('On Monday, the minister said: “We will vote tomorrow.”'), [['Monday', '2026-12-07'], ['tomorrow', '2026-12-08']]);
});

test('outside a quotation, or said on the article\'s own day, the words count from the article\'s day', () => {
  // Reported speech: the writer's "tomorrow".
  assert.deepEqual(pairs('The minister said on Monday that parliament would vote tomorrow.'), [['Monday', '2026-12-07'], ['tomorrow', '2026-12-09']]);
  assert.deepEqual(pairs('“We will vote tomorrow,” the minister said on Tuesday.'), [['tomorrow', '2026-12-09'], ['Tuesday', '2026-12-08']]);
  // No day of saying told.
  assert.deepEqual(pairs('“We will vote tomorrow,” the minister said.'), [['tomorrow', '2026-12-09']]);
});

test('a season ending a "from … to" range is found as its start is', () => {
  assert.deepEqual(pairs('Deliveries will run from spring to summer.', '2026-03-16'), [['spring', '2026-SP'], ['summer', '2026-SU']]);
  assert.deepEqual(pairs('Water levels usually rise from spring to summer.', '2026-03-16'), [['spring', 'XXXX-SP'], ['summer', 'XXXX-SU']]);
  // "fall" the verb before "to" opens no range.
  assert.deepEqual(pairs('Leaves fall to winter winds.', '2026-03-16'), []);
});
