import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinSplitNames } from '../../../server/src/analysis/entities/splitNames';
import { at, run, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of diplomatic news.

test('a two-letter word between a title and a one-word person is the first word of the name ("President To Lam")', () => {
  const text = 'Vietnamese President To Huy met the delegation in Hanoi.';
  assert.deepEqual(shown(text, joinSplitNames(text, [at(text, 'Huy', 'person'), at(text, 'Hanoi', 'location')])), ['To Huy/person', 'Hanoi/location']);
});

test('a short title between a title and a name stays out of it ("Chancellor Dr Weber")', () => {
  const text = 'Vice Chancellor Dr Weber opened the campus.';
  assert.deepEqual(shown(text, joinSplitNames(text, [at(text, 'Weber', 'person')])), ['Weber/person']);
});

test('the whole name is found again where it opens a sentence ("To Huy said …")', () => {
  const text = 'President To Huy arrived on Monday. To Huy said ties were strong.';
  const ms = [at(text, 'Huy', 'person'), at(text, 'Huy', 'person', 'detected', 37)];
  assert.deepEqual(run(text, ms), ['To Huy/person', 'To Huy/person']);
});

test('a regnal number after a pope\'s or a monarch\'s name is part of it, even "X" ("Pope Pius X", "King George V")', () => {
  const text = 'Pope Pius X died in 1914 and King George V in 1936.';
  const ms = [at(text, 'Pius', 'person'), at(text, 'X', 'misc'), at(text, 'George', 'person')];
  assert.deepEqual(shown(text, joinSplitNames(text, ms)), ['Pius X/person', 'George V/person']);
});

test('"I" after a pope\'s name is the pronoun, not a number ("Pope Francis I think …" keeps "Francis")', () => {
  const text = 'As Pope Francis I think he was right.';
  assert.deepEqual(shown(text, joinSplitNames(text, [at(text, 'Francis', 'person')])), ['Francis/person']);
});
