import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subjectIndex, subjectsBetween } from '../../../server/src/analysis/quotes/paragraphSubjects';
import type { Span } from '../../../server/src/analysis/types';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const index = (text: string, specs: EntitySpec[] = [], quoted: Span[] = []) => {
  const input = quoteInput(text, specs);
  return { text, index: subjectIndex({ text, blocks: input.blocks, quoted, mentions: input.mentions, sorted: true, isPersonSubject: () => true }) };
};
const words = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end));

test('the unnamed roles and groups that spoke in a paragraph are found in text order, each with its own offsets', () => {
  const text = 'A nurse at the clinic said the queue began at dawn. Aid workers said more tents were needed. One volunteer told reporters the water ran out by noon.';
  const { index: subjects } = index(text);
  assert.deepEqual(words(text, subjectsBetween(subjects, 'roles', 0, text.length)), ['A nurse at the clinic', 'One volunteer']);
  assert.deepEqual(words(text, subjectsBetween(subjects, 'groups', 0, text.length)), ['Aid workers']);
});

test('a lookup before an offset sees only the subjects that start by then, and across the paragraph before it', () => {
  const text = 'A farmer whose fields flooded said the harvest was lost.\nLocal officials said help would come. A shopkeeper said prices had doubled.';
  const { index: subjects } = index(text);
  const second = text.indexOf('Local');
  assert.deepEqual(words(text, subjectsBetween(subjects, 'roles', 0, text.indexOf('A shopkeeper'))), ['A farmer whose fields flooded']);
  assert.deepEqual(words(text, subjectsBetween(subjects, 'roles', second, text.length)), ['A shopkeeper']);
  assert.deepEqual(words(text, subjectsBetween(subjects, 'groups', 0, text.length)), ['Local officials']);
});

test('a subject inside a quotation is none of the paragraph\'s subjects', () => {
  const text = 'The mayor read out a letter: "A teacher told me the school had no heating." Residents said the same.';
  const quote = { start: text.indexOf('"'), end: text.lastIndexOf('"') + 1 };
  const { index: subjects } = index(text, [], [quote]);
  assert.deepEqual(words(text, subjectsBetween(subjects, 'roles', 0, text.length)), []);
  assert.deepEqual(words(text, subjectsBetween(subjects, 'groups', 0, text.length)), ['Residents']);
});

test('the people of a paragraph are the person mentions the caller counts as subjects, in order', () => {
  const text = 'Coach Lena Brandt said her side had earned the draw. Striker Omar Haddad agreed.';
  const specs: EntitySpec[] = [{ name: 'Lena Brandt', type: 'person', forms: ['Lena Brandt'] }, { name: 'Omar Haddad', type: 'person', forms: ['Omar Haddad'] }];
  const { index: subjects } = index(text, specs);
  assert.deepEqual(subjectsBetween(subjects, 'people', 0, text.length).map((m) => m.text), ['Lena Brandt', 'Omar Haddad']);
  assert.deepEqual(subjectsBetween(subjects, 'people', 0, text.indexOf('Striker')).map((m) => m.text), ['Lena Brandt']);
});

test('a phrase that brings in a role keeps a reading for each role noun among its first words', () => {
  const text = 'A police officer familiar with the case said the suspect had fled.';
  const { index: subjects } = index(text);
  const [phrase] = subjectsBetween(subjects, 'introductions', 0, text.length);
  assert.deepEqual(phrase.readings.map((r) => [r.noun, text.slice(phrase.start, r.end)]), [['officer', 'A police officer familiar with the case']]);
});
