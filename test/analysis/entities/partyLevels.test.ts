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

test('a place before "Party Secretary" is the place, and the Party the organization; a creed\'s party stays whole', () => {
  const text = 'Shanghai Party Secretary Chen Jining met Labour Party Secretary John Smith.';
  const ms = [at(text, 'Shanghai Party', 'organization'), at(text, 'Chen Jining', 'person'), at(text, 'Labour Party', 'organization'), at(text, 'John Smith', 'person')];
  assert.deepEqual(run(text, ms), ['Shanghai/location', 'Party/organization', 'Chen Jining/person', 'Labour Party/organization', 'John Smith/person']);
});
