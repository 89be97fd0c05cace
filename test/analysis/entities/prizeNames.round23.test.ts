import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prizeNames } from '../../../server/src/analysis/entities/prizeNames';
import { at, shown } from './harmonizeHelpers';

// A sentence written for this test, in the style of sport and culture news of the 2020s.

test('a French golden prize English news keeps is misc whatever the tagger typed it ("the Ballon d\'Or", "the Palme d\'Or")', () => {
  const text = "The winger won the Ballon d'Or, a week after the director took the Palme d'Or home.";
  const ms = [at(text, "Ballon d'Or", 'organization'), at(text, "Palme d'Or", 'person')];
  assert.deepEqual(shown(text, prizeNames(text, ms)), ["Ballon d'Or/misc", "Palme d'Or/misc"]);
});
