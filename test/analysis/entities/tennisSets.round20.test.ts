import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventNames } from '../../../server/src/analysis/entities/eventNames';
import { surnamePeople } from '../../../server/src/analysis/entities/surnamePeople';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of sport and culture news of the 2020s.

test('two one-word names in a result scored in tennis sets are players ("X beat Y 6-3, 6-4")', () => {
  const text = 'Andreeva beat Paolini 7-6 (7-3), 6-2 in Dubai, and Arsenal beat Chelsea 2-1.';
  const ms = [at(text, 'Andreeva', 'organization'), at(text, 'Paolini', 'organization'), at(text, 'Dubai', 'location'), at(text, 'Arsenal', 'organization'), at(text, 'Chelsea', 'organization')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Andreeva/person', 'Paolini/person', 'Dubai/location', 'Arsenal/organization', 'Chelsea/organization']);
});

test('a biennale named after its city is an event, not the city', () => {
  const text = 'The Shanghai Biennale opens in November.';
  assert.deepEqual(shown(text, eventNames(text, [at(text, 'Shanghai Biennale', 'location')], tokenize(text).tokens)), ['Shanghai Biennale/misc']);
});
