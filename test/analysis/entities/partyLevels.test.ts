import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';


test('"a Township Party secretary" names the Party, not a "Township Party"', () => {
  const text = 'Ma, a Township Party secretary, and the District Party chief toured the orchard.';
  assert.deepEqual(run(text, [at(text, 'Ma', 'person'), at(text, 'Township Party', 'organization'), at(text, 'District Party', 'location')]),
    ['Ma/person', 'Party/organization', 'Party/organization']);
});

test('a full committee name and a person\'s decision stay whole', () => {
  const text = 'The Gansu Provincial Party Committee named him County Party secretary.';
  const ms = [at(text, 'Gansu Provincial Party Committee', 'organization'), at(text, 'County Party', 'organization', 'user')];
  assert.deepEqual(run(text, ms), ['Gansu Provincial Party Committee/organization', 'County Party/organization']);
});
