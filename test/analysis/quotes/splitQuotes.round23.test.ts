import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const said = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => [q.text, q.speaker?.name ?? null]);
const person = (name: string): EntitySpec => ({ name, type: 'person', forms: [name] });

test('a quotation split around "X said during the earnings call," keeps X: a noun after a preposition\'s object is no verb', () => {
  const text = '"The first quarter was strong," Tim Cook said during the earnings call, "and we expect the momentum to continue."';
  assert.deepEqual(said(text, [person('Tim Cook')]), [
    ['"The first quarter was strong,"', 'Tim Cook'],
    ['"and we expect the momentum to continue."', 'Tim Cook'],
  ]);
});

test('a pronoun after "after" is still the subject of its clause: "after she said … “…”" is hers', () => {
  const text = 'Tom Reyes left the meeting after she said the plan was "unworkable."';
  assert.equal(findQuotes(quoteInput(text, [person('Tom Reyes')]))[0].speaker?.text, 'she');
});

test('a report in a clause on a place is its own: "X spoke to reporters in the lobby, where the minister said … “…”"', () => {
  const text = 'Tom Reyes spoke to reporters in the lobby, where the minister said the plan was "unworkable."';
  assert.equal(findQuotes(quoteInput(text, [person('Tom Reyes')]))[0].speaker?.text, 'the minister');
});
