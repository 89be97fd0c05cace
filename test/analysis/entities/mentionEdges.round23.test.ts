import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trimMentionEdges } from '../../../server/src/analysis/entities/mentionEdges';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of business and sport news of the 2020s.

const trim = (text: string, ms: ReturnType<typeof at>[]) => shown(text, trimMentionEdges(text, ms, tokenize(text).tokens));

test('a name does not end in an amount or a match score the tagger ran into it ("fined Meta 200 million euros", "the Warriors 120-115")', () => {
  const text = 'Regulators fined Vantora 450 million euros. The Comets beat the Rangers 104-98 on Sunday.';
  const ms = [at(text, 'Vantora 450', 'misc'), at(text, 'Comets', 'organization'), at(text, 'Rangers 104-98', 'misc')];
  assert.deepEqual(trim(text, ms), ['Vantora/misc', 'Comets/organization', 'Rangers/misc']);
});

test('a model or an index number stays in the name ("the Nikkei 225 index", "Airbus A320 jets")', () => {
  const text = 'The Nikkei 225 index rose, and Airbus A320 jets were grounded.';
  const ms = [at(text, 'Nikkei 225', 'misc'), at(text, 'Airbus A320', 'misc')];
  assert.deepEqual(trim(text, ms), ['Nikkei 225/misc', 'Airbus A320/misc']);
});

test('"Crown" is no part of a royal\'s name, and "Crown Prince" alone is no name ("Crown Prince Mohammed" → "Prince Mohammed")', () => {
  const text = 'Crown Prince Faisal bin Khalid met the delegation. Later the Crown Prince toured the port with Prince Omar.';
  const ms = [at(text, 'Crown Prince Faisal bin Khalid', 'person'), at(text, 'Crown Prince', 'location', 'detected', 40), at(text, 'Prince Omar', 'person')];
  assert.deepEqual(trim(text, ms), ['Prince Faisal bin Khalid/person', 'Prince Omar/person']);
});
