import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trimMentionEdges } from '../../../server/src/analysis/entities/mentionEdges';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of business news of the 2020s.

test('a post after a possessive names no one ("the airline\'s CEO", "its Chief Executive Officer")', () => {
  const text = 'The carrier\'s CEO said demand was strong, and its Chief Executive Officer will visit Doha.';
  const ms = [at(text, 'CEO', 'organization'), at(text, 'Chief Executive Officer', 'organization'), at(text, 'Doha', 'location')];
  assert.deepEqual(shown(text, trimMentionEdges(text, ms, tokenize(text).tokens)), ['Doha/location']);
});

test('a surname that is also a title, with no possessive before it, stays a name', () => {
  const text = 'Analyst Maya King said the airline would grow, King added.';
  const ms = [at(text, 'Maya King', 'person'), at(text, 'King', 'person', 'detected', 40)];
  assert.deepEqual(shown(text, trimMentionEdges(text, ms, tokenize(text).tokens)), ['Maya King/person', 'King/person']);
});

test('a run of lower-case words the tagger took for a body is no name, not even its first word ("the energy ministry")', () => {
  const text = 'A spokeswoman for the energy ministry said the Tarbela Dam was safe.';
  const ms = [at(text, 'energy ministry', 'organization'), at(text, 'Tarbela Dam', 'location')];
  assert.deepEqual(shown(text, trimMentionEdges(text, ms, tokenize(text).tokens)), ['Tarbela Dam/location']);
});
