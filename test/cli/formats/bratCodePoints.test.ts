import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBratAnn, toBratAnn } from '../../../server/src/cli/formats/brat';
import { codePoints } from '../../../server/src/annotations/codePoints';
import type { Analysis } from '../../../server/src/analysis/types';

// An emoji (two UTF-16 code units, one code point) before the names, as social-media-style headlines have.
const TEXT = '🌏 Summit opens\n🇰🇪 Kenyan President William Ruto arrived in Nairobi on Monday.\n';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

/** What Python (and so brat) slices with code point offsets. */
const pythonSlice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

test('brat offsets count code points, so a span after an emoji lands on its own words in brat', () => {
  const ruto = at('William Ruto');
  const analysis = {
    text: TEXT,
    mentions: [{ ...ruto, text: 'William Ruto', type: 'person', entity: 0, origin: 'detected' }],
    dates: [],
    quotes: [],
  } as unknown as Analysis;
  const line = toBratAnn(analysis).trim();
  const [, body, words] = line.split('\t');
  const [, start, end] = body.split(' ').map(Number);
  assert.equal(words, 'William Ruto');
  assert.equal(pythonSlice(TEXT, start, end), 'William Ruto', `brat would read "${pythonSlice(TEXT, start, end)}" at ${start}-${end}`);
  // Three astral code points precede it: the globe, and the flag's two regional indicator letters.
  assert.equal(start, ruto.start - 3);
});

test('a brat file with code point offsets is read back onto the same words after an emoji', () => {
  const cpStart = [...TEXT.slice(0, at('Nairobi').start)].length;
  const parsed = parseBratAnn(`T1\tLocation ${cpStart} ${cpStart + 7}\tNairobi\n`, TEXT);
  assert.deepEqual(parsed.warnings, []);
  assert.deepEqual(parsed.spans.map((s) => [s.label, TEXT.slice(s.start, s.end)]), [['location', 'Nairobi']]);
});

test('code point offsets and UTF-16 offsets convert both ways, and past the end is refused', () => {
  const cp = codePoints('a😀b');
  assert.deepEqual([0, 1, 3, 4].map(cp.fromUtf16), [0, 1, 2, 3]);
  assert.deepEqual([0, 1, 2, 3].map(cp.toUtf16), [0, 1, 3, 4]);
  assert.equal(cp.toUtf16(4), -1);
});
