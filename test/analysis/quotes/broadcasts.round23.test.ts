import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';
import { quoteInput, type EntitySpec } from './quoteInput';

// Transcripts written for these tests, in the style of international TV news of the 2020s.
const said = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => [q.text, q.speaker?.name ?? null]);
const person = (name: string): EntitySpec => ({ name, type: 'person', forms: [name] });

test('a reporter\'s turn of a TV transcript ("Reporter: I\'m standing on …") is a paragraph, while "Reporter: Li Wei" stays a credit', () => {
  const kinds = readStructure([
    'Floods have swept through southern Guangxi after three days of heavy rain.',
    'Reporter: I\'m standing on what was a market street until yesterday.',
    'Reporter: Li Wei',
  ].join('\n')).blocks.map((b) => b.kind);
  assert.deepEqual(kinds, ['paragraph', 'paragraph', 'note']);
});

test('between the turns of a broadcast\'s own voices, a turn under a named speaker\'s label is that speaker\'s speech', () => {
  const text = [
    'Anchor: Floods have swept through southern Guangxi after three days of heavy rain.',
    'Reporter: I\'m standing on what was a market street until yesterday.',
    'Wang Hua, shop owner: We moved what we could, but the water came too fast.',
    'Reporter: Rescue teams have evacuated more than 20,000 residents so far.',
  ].join('\n');
  assert.deepEqual(said(text, [person('Wang Hua')]), [['We moved what we could, but the water came too fast.', 'Wang Hua']]);
});

test('a reporter named in the label ("CGTN reporter Li Wei:") narrates; the official after the reporter\'s turn speaks', () => {
  const text = [
    'CGTN reporter Li Wei: The talks lasted more than four hours here in Beijing.',
    'Wang Yi, Chinese Foreign Minister: China is willing to play a constructive role in ending the crisis.',
    'CGTN reporter Li Wei: Both sides described the meeting as candid.',
  ].join('\n');
  assert.deepEqual(said(text, [person('Li Wei'), person('Wang Yi')]), [['China is willing to play a constructive role in ending the crisis.', 'Wang Yi']]);
});

test('a soundbite cue ("SOUNDBITE (English)") opens the words of the one its label names, marks or none', () => {
  const text = [
    'SOUNDBITE (English) Antonio Guterres, UN Secretary-General: The world cannot afford another frozen conflict.',
    'SOUNDBITE (Chinese) Fu Cong, Chinese Ambassador to the UN: "Dialogue is the only way out."',
  ].join('\n');
  assert.deepEqual(said(text, [person('Antonio Guterres'), person('Fu Cong')]), [
    ['The world cannot afford another frozen conflict.', 'Antonio Guterres'],
    ['"Dialogue is the only way out."', 'Fu Cong'],
  ]);
});

test('labels of places or topics in a row are no transcript without a broadcast\'s own voice among them', () => {
  const text = 'Beijing, China: The capital will host the forum next week.\nShanghai, China: Port throughput rose 5 percent in May.';
  assert.deepEqual(said(text), []);
});

test('a press conference\'s reporter\'s turn makes the spokesperson\'s next turn speech even when put as a statement', () => {
  const text = ['Xinhua Reporter: The summit opens on Monday.', 'Lin Jian: China welcomes the summit.'].join('\n');
  assert.deepEqual(said(text, [person('Lin Jian')]), [['China welcomes the summit.', 'Lin Jian']]);
});
