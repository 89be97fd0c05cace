import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';

const words = (text: string) => tokenize(text).tokens.map((t) => t.text);

test('a name joined by a hyphen to a dotted abbreviation ("China-U.S.") splits as "U.S.-China" does', () => {
  assert.deepEqual(words('China-U.S. trade talks resumed in Geneva.'), ['China', '-', 'U.S.', 'trade', 'talks', 'resumed', 'in', 'Geneva', '.']);
  assert.deepEqual(words('U.S.-China relations have improved.'), ['U.S.', '-', 'China', 'relations', 'have', 'improved', '.']);
  assert.deepEqual(words('Japan-U.K. ties'), ['Japan', '-', 'U.K.', 'ties']);
});

test('hyphenated words without a dotted abbreviation stay whole', () => {
  assert.deepEqual(words('China-Africa trade and the Asia-Pacific region'), ['China-Africa', 'trade', 'and', 'the', 'Asia-Pacific', 'region']);
});

test('a dotted abbreviation inside a longer hyphenated amount stands alone ("a 700-million-U.S.-dollar deal")', () => {
  assert.deepEqual(words('They signed a 700-million-U.S.-dollar deal.'),
    ['They', 'signed', 'a', '700-million', '-', 'U.S.', '-', 'dollar', 'deal', '.']);
  assert.deepEqual(words('a 2.5-billion-U.S.-dollar loan'), ['a', '2.5-billion', '-', 'U.S.', '-', 'dollar', 'loan']);
});

test('the place in a Xinhua-style hyphenated amount is found whole, not as a stray letter', () => {
  const names = createAnalyzer().analyze('The two sides signed a 700-million-U.S.-dollar deal on Monday.').mentions.map((m) => [m.text, m.type]);
  assert.deepEqual(names, [['U.S.', 'location']]);
});
