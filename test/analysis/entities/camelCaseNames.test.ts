import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a coined one-word name with a capital inside is a company: "DeepSeek", "PowerChina"', () => {
  const text = 'DeepSeek and PowerChina signed a deal in Jakarta.';
  assert.deepEqual(run(text, [at(text, 'DeepSeek', 'location'), at(text, 'PowerChina', 'person'), at(text, 'Jakarta', 'location')]),
    ['DeepSeek/organization', 'PowerChina/organization', 'Jakarta/location']);
});

test('a surname with a prefix stays a person: "McCain", "DeSantis"', () => {
  const text = 'McCain and DeSantis spoke.';
  assert.deepEqual(run(text, [at(text, 'McCain', 'person'), at(text, 'DeSantis', 'person')]), ['McCain/person', 'DeSantis/person']);
});
