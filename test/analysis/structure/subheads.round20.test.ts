import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

const kinds = (text: string) => readStructure(text).blocks.map((b) => b.kind);
const BODY = 'The new rules, which take effect in January, were approved by lawmakers after months of debate.';
const NEXT = 'Officials said the measures would be reviewed every two years to keep pace with the market.';

test('a short line in capitals, a numbered line or a few words in sentence case between paragraphs is a subhead', () => {
  assert.deepEqual(kinds(`${BODY}\nWHAT ARE THE NEW RULES?\n${NEXT}`), ['paragraph', 'subhead', 'paragraph']);
  assert.deepEqual(kinds(`${BODY}\n2. Cleaner power grids\n${NEXT}\n3) Smarter ports\n${BODY}`), ['paragraph', 'subhead', 'paragraph', 'subhead', 'paragraph']);
  assert.deepEqual(kinds(`${BODY}\nWhat happens next\n${NEXT}`), ['paragraph', 'subhead', 'paragraph']);
});

test('a photo between a subhead and its paragraph does not stop the subhead from being read', () => {
  assert.deepEqual(kinds(`${BODY}\nA NEW ERA FOR RAIL\nA bullet train leaves Kunming Station, Yunnan Province, May 2, 2025. /CGTN Photo\n${NEXT}`),
    ['paragraph', 'subhead', 'caption', 'paragraph']);
});

test('lines that are no subheads stay as they were: a dateline, a results line, a name, a transcript label, a pull quote, lines not between prose', () => {
  assert.deepEqual(kinds(`${BODY}\nGENEVA 2025-06-03\n${NEXT}`), ['paragraph', 'paragraph', 'paragraph']);
  assert.deepEqual(kinds(`${BODY}\nBrazil 2 Japan 1\n${NEXT}`), ['paragraph', 'paragraph', 'paragraph']);
  assert.deepEqual(kinds(`${BODY}\nMaria Santos Ortega\n${NEXT}`), ['paragraph', 'paragraph', 'paragraph']);
  assert.deepEqual(kinds(`${BODY}\nQ: Is the deal final?\n${NEXT}`), ['paragraph', 'paragraph', 'paragraph']);
  assert.deepEqual(kinds(`${BODY}\n"We are ready to talk"\n${NEXT}`), ['paragraph', 'paragraph', 'paragraph']);
  assert.deepEqual(kinds(`${BODY}\nSWIMMING RESULTS\nWOMEN'S FREESTYLE FINAL\n${NEXT}`), ['paragraph', 'paragraph', 'paragraph', 'paragraph']);
});

test('the capital a numbered subhead opens with names nobody: no "Innovation" or "Green" in "1. Innovation first", "3. Green transition"', () => {
  const text = `Chinese planners set out the goals for the next five years on Tuesday, with technology at the centre.\n1. Innovation first\n`
    + `The plan calls for higher spending on basic research and more support for start-ups in Shenzhen.\n3. Green transition\n`
    + `China aims to peak carbon emissions before 2030, according to the National Energy Administration.`;
  const names = createAnalyzer().analyze(text).mentions.map((m) => m.text);
  assert.ok(!names.includes('Innovation') && !names.includes('Green'), names.join(', '));
  assert.ok(names.includes('Shenzhen') && names.includes('National Energy Administration'), names.join(', '));
});
