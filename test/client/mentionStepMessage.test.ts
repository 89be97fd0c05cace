import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mentionStepMessage } from '../../client/src/mentionStepMessage';

test('the status bar says where the step landed, and that it went round when it did', () => {
  assert.equal(mentionStepMessage({ name: 'Marina Silva', index: 2, total: 3, wrapped: false }, 'next'), 'Marina Silva: mention 2 of 3');
  assert.equal(mentionStepMessage({ name: 'Marina Silva', index: 1, total: 3, wrapped: true }, 'next'),
    'Marina Silva: mention 1 of 3 — past the last mention, back to the first');
  assert.equal(mentionStepMessage({ name: 'Marina Silva', index: 3, total: 3, wrapped: true }, 'previous'),
    'Marina Silva: mention 3 of 3 — past the first mention, back to the last');
});

test('an entity named once is "the only mention", not "mention 1 of 1"', () => {
  assert.equal(mentionStepMessage({ name: 'Jakarta', index: 1, total: 1, wrapped: false }, 'next'), 'Jakarta: the only mention');
});
