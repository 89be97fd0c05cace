import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { abbreviates } from '../../../server/src/analysis/linking/acronyms';

const analyzer = createAnalyzer();

test('a one-word romanized name is abbreviated by its syllables\' initials ("Kuomintang" → "KMT"), a dateline is not', () => {
  assert.equal(abbreviates('KMT', 'Kuomintang'), true);
  assert.equal(abbreviates('AFP', 'Tehran'), false);
  assert.equal(abbreviates('KMT', 'Kmt'), false);
});

test('a one-word party with its bracketed acronym is one organization, never a person ("the Kuomintang (KMT) chairman")', () => {
  const a = analyzer.analyze('The Kuomintang (KMT) chairman Eric Chu visited the mainland in June. The KMT lost the 2024 election.');
  const party = a.entities.find((e) => e.name === 'Kuomintang');
  assert.ok(party, a.entities.map((e) => `${e.name}/${e.type}`).join(', '));
  assert.equal(party.type, 'organization');
  assert.deepEqual(party.mentions.map((i) => a.mentions[i].text), ['Kuomintang', 'KMT', 'KMT']);
  assert.ok(party.mentions.every((i) => a.mentions[i].type === 'organization'));
});
