import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, run } from './harmonizeHelpers';

// Sentences written for these tests, in the style of music and culture news of the 2020s.

const scored = (m: RawMention, score: number): RawMention => ({ ...m, score });

test('a stage name of common words, written in full mid-sentence, is the whole name where it opens a sentence ("Bad Bunny performed")', () => {
  const text = 'Fans cheered before Wild Heron took the stage. Wild Heron performed for 13 minutes.';
  const ms = [scored(at(text, 'Wild Heron', 'person'), 0.55), scored(at(text, 'Heron', 'person', 'detected', 50), 0.95)];
  assert.deepEqual(run(text, ms), ['Wild Heron/person', 'Wild Heron/person']);
});

test('a full name the tagger was unsure of is not repeated over text where no person of it was found', () => {
  const text = 'Fans cheered before Wild Heron took the stage. Wild Heron chicks were seen nearby.';
  const ms = [scored(at(text, 'Wild Heron', 'person'), 0.55)];
  assert.deepEqual(run(text, ms), ['Wild Heron/person']);
});
