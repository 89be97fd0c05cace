import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('an acronym typed a person in running text is an organization: "told CGTN"', () => {
  const text = 'The minister told CGTN that the talks would continue.';
  assert.deepEqual(run(text, [at(text, 'CGTN', 'person')]), ['CGTN/organization']);
});

test('a shouted name in an all-capitals headline stays a person', () => {
  const text = 'LIU SAYS TALKS WILL CONTINUE\nThe talks went on.';
  assert.deepEqual(run(text, [at(text, 'LIU', 'person')]), ['LIU/person']);
});
