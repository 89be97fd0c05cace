import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retypeOrganizationHeads } from '../../../server/src/analysis/entities/organizationHeads';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of political and sport news of the 2020s.

test('a broadcaster\'s channel word joins the one-word name the tagger stopped at ("told Fox Business")', () => {
  const text = 'The senator told Crane Business on Tuesday that tariffs would stay, and the coach told Volt Sports he was happy.';
  const ms = [at(text, 'Crane', 'person'), at(text, 'Volt', 'location')];
  assert.deepEqual(shown(text, retypeOrganizationHeads(text, ms)), ['Crane Business/organization', 'Volt Sports/organization']);
});

test('a name ending in a channel\'s word is no person ("Fox News" typed a person)', () => {
  const text = 'Asked by Kestrel News about the deal, the minister declined to comment.';
  assert.deepEqual(shown(text, retypeOrganizationHeads(text, [at(text, 'Kestrel News', 'person')])), ['Kestrel News/organization']);
});

test('a channel\'s word before another capitalized word is part of a longer name, left to the tagger ("Harvard Business School")', () => {
  const text = 'She studied at Norwell Business School before joining the bank.';
  assert.deepEqual(shown(text, retypeOrganizationHeads(text, [at(text, 'Norwell', 'organization')])), ['Norwell/organization']);
});
