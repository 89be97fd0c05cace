import assert from 'node:assert/strict';
import { test } from 'node:test';
import { versionedNames } from '../../../server/src/analysis/entities/versionedNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of culture and entertainment news of the 2020s.

test('a film\'s sequel number the tagger left out goes into the title when the film\'s run follows ("X 2 grossed …")', () => {
  const text = 'Qin Lanterns 2 grossed 3 billion yuan in ten days, and Koru 3 topped the North American box office.';
  const ms = [at(text, 'Qin Lanterns', 'organization'), at(text, 'Koru', 'person')];
  assert.deepEqual(shown(text, versionedNames(text, ms)), ['Qin Lanterns 2/misc', 'Koru 3/misc']);
});

test('a sequel the tagger found nothing of is found by its number and its run ("Y 3 opened in theaters")', () => {
  const text = 'Stormhaven 3 opened in theaters on Friday. Paper Tigers 2 will be released in 2027.';
  assert.deepEqual(shown(text, versionedNames(text, [])), ['Stormhaven 3/misc', 'Paper Tigers 2/misc']);
});

test('a score line or a count after a club is no sequel ("Arsenal 2 Chelsea 1", "Terminal 3 opened to passengers")', () => {
  const text = 'Arsenal 2 Chelsea 1 was the final score. Terminal 3 opened to passengers in May.';
  assert.deepEqual(shown(text, versionedNames(text, [at(text, 'Arsenal', 'organization'), at(text, 'Chelsea', 'organization')])), ['Arsenal/organization', 'Chelsea/organization']);
});
