import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';

const words = (text: string) => tokenize(text).tokens.map((t) => t.text);

test('splits the possessive off China\'s', () => {
  assert.deepEqual(words("will not harm China's security interests"), ['will', 'not', 'harm', 'China', "'s", 'security', 'interests']);
});

test('splits contractions the Penn way', () => {
  assert.deepEqual(words("We don't see it"), ['We', 'do', "n't", 'see', 'it']);
});

test('keeps a Korean hyphenated given name in one token', () => {
  assert.deepEqual(words('his South Korean counterpart Kang Kyung-wha in Beijing'), ['his', 'South', 'Korean', 'counterpart', 'Kang', 'Kyung-wha', 'in', 'Beijing']);
});

test('splits a name from a participle modifier like US-led', () => {
  assert.deepEqual(words('the US-led missile defense networks'), ['the', 'US', '-', 'led', 'missile', 'defense', 'networks']);
});

test('keeps abbreviations with inner dots and known abbreviations whole', () => {
  assert.deepEqual(words('the U.S. envoy met Mr. Kim on Jan. 5, 2017.'), ['the', 'U.S.', 'envoy', 'met', 'Mr.', 'Kim', 'on', 'Jan.', '5', ',', '2017', '.']);
});

test('keeps a web domain whole, so "JD.com" can be one organization', () => {
  assert.deepEqual(words('Rival JD.com reported sales, see www.cgtn.com.'), ['Rival', 'JD.com', 'reported', 'sales', ',', 'see', 'www.cgtn.com', '.']);
  assert.deepEqual(words('He lives in China. Com is fine.'), ['He', 'lives', 'in', 'China', '.', 'Com', 'is', 'fine', '.']);
});

test('keeps numbers with separators, dates and scores whole', () => {
  assert.deepEqual(words('BRUSSELS 1996-08-22 won 6-4 with 1,000.5 fans'), ['BRUSSELS', '1996-08-22', 'won', '6-4', 'with', '1,000.5', 'fans']);
});

test('separates parentheses, quotes and the photo credit slash', () => {
  assert.deepEqual(words('Wang Yi (R) meets "them". (Photo/CGTN)'), ['Wang', 'Yi', '(', 'R', ')', 'meets', '"', 'them', '"', '.', '(', 'Photo', '/', 'CGTN', ')']);
});

test('ends a sentence at a period before a capital but not after an initial', () => {
  const { tokens, sentences } = tokenize('Wang said so. John F. Kennedy agreed.');
  assert.equal(sentences.length, 2);
  assert.equal(tokens[sentences[1].firstToken].text, 'John');
});

test('ends a sentence after a company\'s "Ltd." or "Inc." before a new sentence, not before a title and a name', () => {
  const firsts = (text: string) => { const { tokens, sentences } = tokenize(text); return sentences.map((s) => tokens[s.firstToken].text); };
  assert.deepEqual(firsts('Orders went to Harbin Pump Works Co., Ltd. The group hired staff.'), ['Orders', 'The']);
  assert.deepEqual(firsts('Talks included Blue Lake Inc. Profits of the firm doubled.'), ['Talks', 'Profits']);
  assert.deepEqual(firsts('Orion Corp. Chairman Paul Ames resigned.'), ['Orion']);
});

test('ends a sentence at every line break', () => {
  const text = 'Chinese Foreign Minister Wang Yi\r\nCGTN\n["china"]';
  const { tokens, sentences } = tokenize(text);
  assert.equal(sentences.length, 3);
  assert.equal(tokens[sentences[1].firstToken].text, 'CGTN');
});

test('gives offsets that slice back to the token text, also around emoji and surrogates', () => {
  const text = 'Seoul 🇰🇷 said 𝒜bc — “yes” …\u0000 done';
  const { tokens } = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(tokens.some((t) => t.text === 'Seoul'));
});

test('returns nothing for empty or blank text', () => {
  assert.deepEqual(tokenize(''), { tokens: [], sentences: [] });
  assert.deepEqual(tokenize(' \n\t ').tokens, []);
});

// The timeout, not a clock threshold, guards against a quadratic scan (speed figures live in `npm run bench`).
test('tokenizes a 1 MB line without throwing and with no scan quadratic in its length', { timeout: 30_000 }, () => {
  const text = 'Chinese Foreign Minister Wang Yi met Kang Kyung-wha in Beijing, ' .repeat(16000);
  const { tokens, sentences } = tokenize(text);
  assert.equal(tokens.length, 16000 * 11);
  assert.equal(sentences.length, 1);
  const long = tokenize('a'.repeat(1_000_000));
  assert.equal(long.tokens.length, 1);
});
