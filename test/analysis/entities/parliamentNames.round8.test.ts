import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a people\'s name right before "Parliament" is the assembly, an organization', () => {
  const text = 'The European Parliament approved the rules on Wednesday, and the Hungarian Parliament followed.';
  const ms = [at(text, 'European', 'misc'), at(text, 'Hungarian', 'misc')];
  assert.deepEqual(run(text, ms), ['European Parliament/organization', 'Hungarian Parliament/organization']);
});

test('a name ending in "Parliament" that the tagger typed a place is an organization; lower-case "parliament" adds nothing', () => {
  const text = 'Members of the Scottish Parliament met in Edinburgh. Danish parliament members objected.';
  const ms = [at(text, 'Scottish Parliament', 'location'), at(text, 'Edinburgh', 'location'), at(text, 'Danish', 'misc')];
  assert.deepEqual(run(text, ms), ['Scottish Parliament/organization', 'Edinburgh/location', 'Danish/misc']);
});
