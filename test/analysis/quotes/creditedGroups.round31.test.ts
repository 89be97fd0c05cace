import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { isGroupPhrase } from '../../../server/src/analysis/quotes/groupCredit';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const speakers = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => q.speaker && { text: q.speaker.text, name: q.speaker.name });

test('"they" after a quotation credited to a group that follows it ("…," residents told reporters) is that group', () => {
  const text = '“The river rose faster than anyone expected,” residents told reporters. “We left with nothing,” they said.';
  assert.deepEqual(speakers(text)[1], { text: 'they', name: 'residents' });
});

test('"they" after a quotation credited to a group by an inverted "said" ("…," said farmers) is that group', () => {
  const text = '“The hail destroyed the whole harvest in ten minutes,” said farmers in the border district. “Nobody has come to help,” they added.';
  assert.deepEqual(speakers(text)[1], { text: 'they', name: 'farmers' });
});

test('a paragraph that opens with a "they said" quotation and names nobody takes the group credited in the paragraph before', () => {
  const text = '“The clinic closed in March and never reopened,” villagers said.\n“Now the nearest doctor is two hours away,” they said.';
  assert.deepEqual(speakers(text)[1], { text: 'they', name: 'villagers' });
});

test('a group credited after a quotation is passed over once a named person has spoken since', () => {
  const text = '“We were never consulted,” residents said. “The plan was published for six weeks,” Mayor Ana Ruiz said. “They simply did not read it,” she said.';
  assert.equal(speakers(text, [{ name: 'Ana Ruiz', type: 'person', forms: ['Ana Ruiz'] }])[2]?.name, 'Ana Ruiz');
});

test('a speaker phrase headed by a plural for people is a group; one headed by a document or a name is not', () => {
  assert.equal(isGroupPhrase('residents'), true);
  assert.equal(isGroupPhrase('shopkeepers in the old market'), true);
  assert.equal(isGroupPhrase('the reports'), false);
  assert.equal(isGroupPhrase('farmers near'), true);
  assert.equal(isGroupPhrase('Mayor Ana Ruiz'), false);
});

test('a speaker after an inverted "said" ends before a preposition of place, as before "in" ("said farmers near the border")', () => {
  const text = '“The wells have been dry since May,” said farmers near the border. “We cannot wait any longer,” they said.';
  assert.deepEqual(speakers(text), [{ text: 'farmers', name: 'farmers' }, { text: 'they', name: 'farmers' }]);
  assert.deepEqual(speakers('“It is the worst year I remember,” said a fisherman outside the harbour office.'), [{ text: 'a fisherman', name: 'a fisherman' }]);
});
