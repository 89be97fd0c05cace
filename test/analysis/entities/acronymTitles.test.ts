import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('an acronym before a title and a name is the organization: "ECB President Christine Lagarde", "IMF chief …"', () => {
  const text = 'ECB President Christine Lagarde and IMF chief Kristalina Georgieva spoke in Frankfurt.';
  assert.deepEqual(run(text, [at(text, 'Christine Lagarde', 'person'), at(text, 'Kristalina Georgieva', 'person'), at(text, 'Frankfurt', 'location')]),
    ['ECB/organization', 'Christine Lagarde/person', 'IMF/organization', 'Kristalina Georgieva/person', 'Frankfurt/location']);
});

test('a country\'s short name before a title stays what the tagger made of it', () => {
  const text = 'US President Joe Biden met UK Prime Minister Keir Starmer.';
  assert.deepEqual(run(text, [at(text, 'US', 'location'), at(text, 'Joe Biden', 'person'), at(text, 'Keir Starmer', 'person')]),
    ['US/location', 'Joe Biden/person', 'Keir Starmer/person']);
});
