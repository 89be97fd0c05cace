import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const quotesOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs));
const said = (text: string, specs: EntitySpec[] = []) => quotesOf(text, specs).map((q) => [q.text, q.speaker?.name ?? null]);
const person = (name: string, roles: string[] = []): EntitySpec => ({ name, type: 'person', forms: [name], roles });
const nation = (word: string): EntitySpec => ({ name: word, type: 'misc', forms: [word] });
const place = (name: string): EntitySpec => ({ name, type: 'location', forms: [name] });

test('a transcript label may describe its speaker after a comma: "Zhang Wei, local official:" labels an answer', () => {
  const text = [
    'CGTN reporter Wang Lu spoke to residents after the flood.',
    'Q: How did the storm affect you?',
    'Zhang Wei, local official: The water rose two meters in one hour.',
    'Q: And your shop?',
    'Li Na, a shop owner in the old town: We lost everything on the ground floor.',
  ].join('\n');
  assert.deepEqual(said(text, [person('Zhang Wei'), person('Li Na')]), [
    ['The water rose two meters in one hour.', 'Zhang Wei'],
    ['We lost everything on the ground floor.', 'Li Na'],
  ]);
});

test('a clause between commas before a colon is no label: "Li, who chairs the panel, said:" is reported speech', () => {
  const text = [
    'Q: Will the panel publish its findings?',
    'Li Ming, who chairs the panel, said: the report is due in May.',
  ].join('\n');
  assert.deepEqual(said(text, [person('Li Ming')]), []);
});

test('a turn under "Q:" is a question even when put as a statement without a question mark', () => {
  const MAO = person('Mao Ning', ['foreign ministry spokesperson', 'spokesperson']);
  const text = [
    'Foreign Ministry spokesperson Mao Ning held a regular press conference on Monday.',
    'Q: There are reports of a new drone program.',
    'Mao Ning: I am not aware of that.',
  ].join('\n');
  assert.deepEqual(said(text, [MAO]), [['I am not aware of that.', 'Mao Ning']]);
});

test('under another label, a statement without a question mark asks nothing: the next label is no answer', () => {
  const text = ['Xinhua Reporter: The summit opens on Monday.', 'Lin Jian: China welcomes the summit.'].join('\n');
  assert.deepEqual(said(text, [person('Lin Jian')]), []);
});
