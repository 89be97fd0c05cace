import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forumAcronyms } from '../../../server/src/analysis/entities/forumAcronyms';
import { at, shown } from './harmonizeHelpers';

test('an international body known by its short name is an organization, typed misc or missed ("The IMF raised", "The WTO ruled")', () => {
  const text = 'The IMF raised its forecast after the WTO ruled on the tariffs, and NATO allies met in The Hague.';
  assert.deepEqual(shown(text, forumAcronyms(text, [at(text, 'IMF', 'misc'), at(text, 'The Hague', 'location')])),
    ['IMF/organization', 'WTO/organization', 'NATO/organization', 'The Hague/location']);
});

test('a short name inside a longer word or a user\'s decision stays as it is ("NATOPS", "IMF" tagged misc by hand)', () => {
  const text = 'The NATOPS manual and the IMF report were released.';
  assert.deepEqual(shown(text, forumAcronyms(text, [at(text, 'IMF', 'misc', 'user')])), ['IMF/misc']);
});
