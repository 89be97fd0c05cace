import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a launch site and a reef or island named with "Jiao" or "Dao" are places ("Wenchang Space Launch Site", "Ren\'ai Jiao")', () => {
  const text = 'The probe lifted off from the Wenchang Space Launch Site, days after a standoff near Ren\'ai Jiao and Huangyan Dao.';
  const ms = [at(text, 'Wenchang Space Launch Site', 'organization'), at(text, 'Ren\'ai Jiao', 'organization'), at(text, 'Huangyan Dao', 'misc')];
  assert.deepEqual(run(text, ms), ['Wenchang Space Launch Site/location', 'Ren\'ai Jiao/location', 'Huangyan Dao/location']);
});

test('a person whose given name is "Jiao" stays a person ("Li Jiao")', () => {
  const text = 'Skater Li Jiao won gold in Harbin.';
  assert.deepEqual(run(text, [at(text, 'Li Jiao', 'person'), at(text, 'Harbin', 'location')]), ['Li Jiao/person', 'Harbin/location']);
});
