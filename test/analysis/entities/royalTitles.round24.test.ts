import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinSplitNames } from '../../../server/src/analysis/entities/splitNames';
import { at, run, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of Gulf diplomatic news of the 2020s.

test('a royal title the tagger found alone before a person opens the person\'s name ("Prince" + "Khalid")', () => {
  const text = 'Prince Khalid sent the foreign minister instead.';
  assert.deepEqual(shown(text, joinSplitNames(text, [at(text, 'Prince', 'person'), at(text, 'Khalid', 'person')])), ['Prince Khalid/person']);
});

test('a royal title inside a full name is no person of its own where the article writes it alone ("the Prince")', () => {
  const text = 'Prince Khalid bin Rashid arrived on Monday. Aides said the Prince would stay two days.';
  assert.deepEqual(run(text, [at(text, 'Prince Khalid bin Rashid', 'person')]), ['Prince Khalid bin Rashid/person']);
});
