import assert from 'node:assert/strict';
import { test } from 'node:test';
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
