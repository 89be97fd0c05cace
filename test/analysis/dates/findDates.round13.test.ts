import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 13 of the date layer). Reference dates are given per test.

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('a possibility reported after a verb of saying or warning lies ahead', () => {
  // 2026-03-11 is a Wednesday.
  assert.deepEqual(pairs('The grid operator warned that rolling blackouts were possible on Sunday.', '2026-03-11'), [['Sunday', '2026-03-15']]);
  assert.deepEqual(pairs('The weather bureau said typhoon rains could reach the island on Friday.', '2026-03-11'), [['Friday', '2026-03-13']]);
  assert.deepEqual(pairs('Diplomats said a joint statement was likely on Monday.', '2026-03-11'), [['Monday', '2026-03-16']]);
  // A negated modal or a modal perfect is no possibility ahead; nor is a plain reported past.
  assert.deepEqual(pairs('The embassy said it could not confirm the arrests on Friday.', '2026-03-11'), [['Friday', '2026-03-06']]);
  assert.deepEqual(pairs('The firm said the files might have been leaked on Monday.', '2026-03-11'), [['Monday', '2026-03-09']]);
  assert.deepEqual(pairs('The coach said the squad was tired on Sunday.', '2026-03-11'), [['Sunday', '2026-03-08']]);
});

test('a past form right after a modal is the bare verb, with no past of its own', () => {
  assert.deepEqual(pairs('Analysts said the central bank would cut its key rate in May.', '2026-03-11'), [['May', '2026-05']]);
  assert.deepEqual(pairs('The minister told parliament the new tariffs could hit exporters in April.', '2026-03-11'), [['April', '2026-04']]);
});
