import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const said = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => [q.text, q.speaker?.name ?? null]);
const person = (name: string): EntitySpec => ({ name, type: 'person', forms: [name] });

test('a quotation in straight marks inside another is part of it: the outer quotation is one, not two fragments', () => {
  const text = '"My grandmother always told me, "Never forget where you come from," and I never have," said Maria Lopez, a nurse from Lima.';
  assert.deepEqual(said(text, [person('Maria Lopez')]), [
    ['"My grandmother always told me, "Never forget where you come from," and I never have,"', 'Maria Lopez'],
  ]);
});

test('single marks inside a double quotation stay inside it, in an answer too', () => {
  const text = [
    'In an interview with CGTN, economist Li Daokui discussed the outlook.',
    'Q: Is the target realistic?',
    'A: As I tell my students, \'Growth is a marathon, not a sprint.\' We are on track.',
  ].join('\n');
  assert.deepEqual(said(text, [person('Li Daokui')]), [['As I tell my students, \'Growth is a marathon, not a sprint.\' We are on track.', 'Li Daokui']]);
});

test('straight marks taken in turns still pair as before where nothing nests: "…," he said. "…," he added.', () => {
  const text = 'Wang Hua spoke on Monday. "We will win," he said. "Next year is ours," he added.';
  assert.deepEqual(said(text, [person('Wang Hua')]).map(([q]) => q), ['"We will win,"', '"Next year is ours,"']);
});
