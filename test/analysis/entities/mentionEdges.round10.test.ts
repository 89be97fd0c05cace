import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trimMentionEdges } from '../../../server/src/analysis/entities/mentionEdges';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: ReturnType<typeof at>[]) => trimMentionEdges(text, ms, tokenize(text).tokens).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('the portfolio of a title ending in "of" is no part of the holder\'s name ("Secretary of Defense Lloyd Austin")', () => {
  const text = 'He met US Secretary of Defense Lloyd Austin and Minister of Foreign Affairs Penny Wong in Canberra.';
  const ms = [at(text, 'US', 'location'), at(text, 'Defense Lloyd Austin', 'organization'), at(text, 'Foreign Affairs Penny Wong', 'organization'), at(text, 'Canberra', 'location')];
  assert.deepEqual(show(text, ms), ['US/location', 'Lloyd Austin/person', 'Penny Wong/person', 'Canberra/location']);
});

test('a ministry named after "of" and a portfolio with no name after it stay as they are', () => {
  const text = 'The Secretary of State Department staff and the Minister of Foreign Affairs arrived.';
  const ms = [at(text, 'State Department', 'organization'), at(text, 'Foreign Affairs', 'organization')];
  assert.deepEqual(show(text, ms), ['State Department/organization', 'Foreign Affairs/organization']);
});
