import assert from 'node:assert/strict';
import { test } from 'node:test';
import { harmonizeTypes } from '../../../server/src/analysis/entities/consistency';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { EntityType, RawMention } from '../../../server/src/analysis/types';

const TEXT =
  'Chinese Foreign Minister Wang Yi on Wednesday reiterated China\'s opposition to THAAD.\n' +
  'China understands the needs of South Korea, said Wang. Beijing has warned Seoul that THAAD would harm China.\n' +
  'THAADs are not Chinese.';

const at = (s: string, type: EntityType, score = 0.9, nth = 0): RawMention => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length, type, score, origin: 'detected' };
};
const show = (ms: RawMention[]) => ms.map((m) => `${TEXT.slice(m.start, m.end)}@${m.start}/${m.type}`);
const { tokens } = tokenize(TEXT);

test('gives every mention of a string the type most of its mentions have', () => {
  const out = harmonizeTypes(TEXT, [at('China', 'location', 0.9, 0), at('China', 'organization', 0.6, 1), at('China', 'location', 0.95, 2)], tokens);
  assert.deepEqual(out.map((m) => m.type), ['location', 'location', 'location']);
});

test('keeps the type of a user-tagged mention against the vote', () => {
  const user: RawMention = { ...at('China', 'organization', 1, 1), origin: 'user' };
  const out = harmonizeTypes(TEXT, [at('China', 'location', 0.9, 0), user, at('China', 'location', 0.9, 2)], tokens);
  assert.equal(out.find((m) => m.origin === 'user')!.type, 'organization');
});

test('tags untagged repetitions of a confidently tagged name on token boundaries only', () => {
  const out = harmonizeTypes(TEXT, [at('THAAD', 'misc', 0.95, 0)], tokens);
  const thaad = out.filter((m) => TEXT.slice(m.start, m.end) === 'THAAD');
  assert.equal(thaad.length, 2, show(out).join(' '));
  assert.ok(thaad.every((m) => m.type === 'misc'));
  assert.ok(!out.some((m) => TEXT.slice(m.start, m.end + 1) === 'THAADs'));
});

test('does not spread a name the recognizer was unsure of', () => {
  const out = harmonizeTypes(TEXT, [at('THAAD', 'misc', 0.3, 0)], tokens);
  assert.equal(out.length, 1);
});

test('makes a lone family name a person when the full name is a person', () => {
  const out = harmonizeTypes(TEXT, [at('Wang Yi', 'person', 0.99), at('Wang', 'location', 0.7, 1)], tokens);
  assert.deepEqual(show(out), [`Wang Yi@${TEXT.indexOf('Wang Yi')}/person`, `Wang@${TEXT.indexOf('Wang.')}/person`]);
});

test('returns nothing for no mentions and leaves its input untouched', () => {
  assert.deepEqual(harmonizeTypes(TEXT, [], tokens), []);
  const input = [at('China', 'organization', 0.6, 1), at('China', 'location', 0.9, 0)];
  const copy = structuredClone(input);
  harmonizeTypes(TEXT, input, tokens);
  assert.deepEqual(input, copy);
});

// No wall-clock threshold (speed figures live in `npm run bench`): the test's timeout catches a quadratic pass, which
// would take minutes on this input where a linear one takes a fraction of a second.
test('harmonizes a 1 MB article with thousands of distinct names, with no pass quadratic in its size', { timeout: 30_000 }, () => {
  const parts: string[] = [];
  for (let i = 0; i < 6000; i++) parts.push(`Minister Name${i} Yi met Kang${i % 500} in Seoul and Beijing on Wednesday, said Wang.`);
  const text = parts.join('\n') + '\n' + 'x'.repeat(1_000_000 - parts.join('\n').length);
  const { tokens } = tokenize(text);
  const mentions: RawMention[] = [];
  for (let i = 0, at = 0; i < 6000; i++) {
    const line = parts[i];
    const name = line.indexOf('Name');
    mentions.push({ start: at + name, end: at + line.indexOf(' met'), type: 'person', score: 0.95 });
    if (i % 3 === 0) mentions.push({ start: at + line.indexOf('Seoul'), end: at + line.indexOf('Seoul') + 5, type: 'location', score: 0.95 });
    at += line.length + 1;
  }
  const out = harmonizeTypes(text, mentions, tokens);
  assert.equal(out.filter((m) => text.slice(m.start, m.end) === 'Seoul').length, 6000);
});

test('a repetition of a name tagged in full replaces a detection lying strictly inside it, but never a user decision', () => {
  const text = 'Terminal High Altitude Area Defense (THAAD) was deployed.\nA Terminal High Altitude Area Defense interceptor is launched.';
  const { tokens: docTokens } = tokenize(text);
  const full = { start: 0, end: 35, type: 'misc' as const, score: 0.95 };
  const at = text.lastIndexOf('Area Defense');
  const inner = { start: at, end: at + 'Area Defense'.length, type: 'person' as const, score: 0.7 };
  const out = harmonizeTypes(text, [full, inner], docTokens);
  const second = text.lastIndexOf('Terminal');
  assert.deepEqual(out.filter((m) => m.start >= second).map((m) => [text.slice(m.start, m.end), m.type]), [['Terminal High Altitude Area Defense', 'misc']]);
  const kept = harmonizeTypes(text, [full, { ...inner, origin: 'user' as const }], docTokens);
  assert.deepEqual(kept.filter((m) => m.start >= second).map((m) => text.slice(m.start, m.end)), ['Area Defense']);
});
