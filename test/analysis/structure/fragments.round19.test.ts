import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

const kinds = (text: string) => readStructure(text).blocks.map((b) => b.kind);

test('the time stamps over a live page\'s posts ("14:20 BST", "Posted at 11:48", "Last updated 3 minutes ago") are fragments', () => {
  const text = 'Leaders arrived in Belem on Monday.\n12:05 GMT\nLula opened the summit.\n9:15 a.m. ET\nPosted at 11:48\n'
    + 'Last updated 3 minutes ago\nThe talks ran late.\nUpdated at 10:00, the figures showed a rise.';
  assert.deepEqual(kinds(text), ['paragraph', 'fragment', 'paragraph', 'fragment', 'fragment', 'fragment', 'paragraph', 'paragraph']);
});

test('a label and a web address ("AP soccer: https://…") is a pointer to more coverage, a fragment; a sentence citing an address is not', () => {
  const text = 'Messi scored twice on Tuesday.\nAP soccer: https://example.com/hub/soccer\nThe figures are published at https://example.com/data.';
  assert.deepEqual(kinds(text), ['paragraph', 'fragment', 'paragraph']);
});
