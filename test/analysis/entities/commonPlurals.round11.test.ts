import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a plural of an institution\'s kind opening a sentence is no name ("Airlines including Air China …", "Universities said …")', () => {
  const text = 'Airlines including Air China added seats. Universities said fees would rise.';
  const ms = [at(text, 'Airlines', 'organization'), at(text, 'Air China', 'organization'), at(text, 'Universities', 'organization')];
  assert.deepEqual(run(text, ms), ['Air China/organization']);
});

test('the same word inside a sentence, before a capital or as a person\'s surname stays ("Banks said")', () => {
  const text = 'Gordon Banks met fans. Banks said he was proud. Airlines Reporting Corp data rose.';
  const ms = [at(text, 'Gordon Banks', 'person'), at(text, 'Banks', 'person', 'detected', 20), at(text, 'Airlines Reporting Corp', 'organization')];
  assert.deepEqual(run(text, ms), ['Gordon Banks/person', 'Banks/person', 'Airlines Reporting Corp/organization']);
});
