import assert from 'node:assert/strict';
import { test } from 'node:test';
import { craftNames } from '../../../server/src/analysis/entities/craftNames';
import { versionedNames } from '../../../server/src/analysis/entities/versionedNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology and space news of the 2020s.

test('a name typed organization that explodes, lifts off or docks is the craft, and its maker stays a company', () => {
  const text = 'Blue Origin\'s New Glenn lifted off on Thursday, and Blue Origin said the booster landed. Tianzhou docked with the station.';
  const ms = [at(text, 'Blue Origin', 'organization'), at(text, 'New Glenn', 'organization'), at(text, 'Blue Origin', 'organization', 'detected', 30), at(text, 'Tianzhou', 'organization')];
  assert.deepEqual(shown(text, craftNames(text, ms)), ['Blue Origin/organization', 'New Glenn/misc', 'Blue Origin/organization', 'Tianzhou/misc']);
});

test('a device name with a number before its sales or shipments takes in the number ("Switch 2 sales")', () => {
  const text = 'Huawei Mate 80 shipments rose, while Arsenal 2 Chelsea 1 was the score.';
  const ms = [at(text, 'Huawei Mate', 'organization'), at(text, 'Arsenal', 'organization'), at(text, 'Chelsea', 'organization')];
  assert.deepEqual(shown(text, versionedNames(text, ms)), ['Huawei Mate 80/misc', 'Arsenal/organization', 'Chelsea/organization']);
});
