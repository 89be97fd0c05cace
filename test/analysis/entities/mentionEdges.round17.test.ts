import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trimMentionEdges } from '../../../server/src/analysis/entities/mentionEdges';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of diplomatic news.

test('a name of capitalized words before "that" is a name of its own, and so is what follows ("the X Conference that Europe")', () => {
  const text = 'Vance told the Halden Security Conference that Europe faced a threat.';
  const ms = [at(text, 'Vance', 'person'), at(text, 'Halden Security Conference that Europe', 'organization')];
  assert.deepEqual(shown(text, trimMentionEdges(text, ms, tokenize(text).tokens)), ['Vance/person', 'Halden Security Conference/organization', 'Europe/organization']);
});

test('a subject the tagger ran into a verb is still cut off ("Li joined Tsinghua University")', () => {
  const text = 'Li joined Tsinghua University in 2019.';
  assert.deepEqual(shown(text, trimMentionEdges(text, [at(text, 'Li joined Tsinghua University', 'organization')], tokenize(text).tokens)), ['Tsinghua University/organization']);
});
