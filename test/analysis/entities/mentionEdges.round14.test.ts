import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { trimMentionEdges } from '../../../server/src/analysis/entities/mentionEdges';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: ReturnType<typeof at>[]) => trimMentionEdges(text, ms, tokenize(text).tokens).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('a name ends before a bracket it opens and does not close ("Group of Seven (G7" → "Group of Seven")', () => {
  const text = 'The Group of Seven (G7) summit was held in Apulia, Italy.';
  assert.deepEqual(show(text, [at(text, 'Group of Seven (G7', 'organization'), at(text, 'Apulia', 'location')]), ['Group of Seven/organization', 'Apulia/location']);
});

test('a name holding a whole bracket keeps it, and the short form cut off becomes its own mention in the pipeline', () => {
  const text = 'Shares of Alphabet (Google) rose. The Group of Seven (G7) summit opened on Friday.';
  assert.deepEqual(show(text, [at(text, 'Alphabet (Google)', 'organization')]), ['Alphabet (Google)/organization']);
  const names = createAnalyzer().analyze(text).mentions.map((m) => `${m.text}/${m.type}`);
  assert.ok(names.includes('G7/organization') && !names.some((n) => n.includes('(')), names.join(', '));
});

test('an organization running into a run of titles ends before the first of them ("IMF Managing Director Jane Roe" → "IMF")', () => {
  const text = 'IMF Managing Director Kristalina Georgieva warned of risks.';
  assert.deepEqual(show(text, [at(text, 'IMF Managing Director Kristalina Georgieva', 'organization')]), ['IMF/organization', 'Kristalina Georgieva/person']);
});
