import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trimMentionEdges } from '../../../server/src/analysis/entities/mentionEdges';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology and business news of the 2020s.

const trim = (text: string, ms: ReturnType<typeof at>[]) => shown(text, trimMentionEdges(text, ms, tokenize(text).tokens));

test('a lower-case noun describing a company ends what comes before it: the name is what follows ("AI startup Anthropic", "EV maker Nio")', () => {
  const text = 'The AI startup Anthropic and the EV maker Nio both raised money.';
  const ms = [at(text, 'AI startup Anthropic', 'organization'), at(text, 'EV maker Nio', 'organization')];
  assert.deepEqual(trim(text, ms), ['Anthropic/organization', 'Nio/organization']);
});

test('a name ending in such a noun keeps the name before it ("the Wall Street firm" → "Wall Street")', () => {
  const text = 'Shares of the Wall Street firm fell on Monday.';
  assert.deepEqual(trim(text, [at(text, 'Wall Street firm', 'location')]), ['Wall Street/location']);
});
