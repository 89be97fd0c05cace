import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { endsSentence } from '../../../server/src/analysis/quotes/paragraphView';
import { sentenceEnds } from '../../../server/src/analysis/quotes/sentenceBoundary';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { quoteInput, type EntitySpec } from './quoteInput';

/** The text before each sentence end that `sentenceEnds` finds. */
const rawEnds = (text: string) => sentenceEnds(text, 0, text.length).map((e) => text.slice(0, e.end));
/** The same, read from the tokens with `endsSentence`. */
const tokenEnds = (text: string) => {
  const { tokens } = tokenize(text);
  return tokens.flatMap((t, k) => (k + 1 < tokens.length && endsSentence(tokens, k, tokens.length) ? [text.slice(0, t.end)] : []));
};

const CASES: [string, string[]][] = [
  ['Mrs. Chen said the harvest was strong. Farmers agreed.', ['Mrs. Chen said the harvest was strong.']],
  ['The bill was signed by Gov. Lena Park and Sen. Omar Diallo on Friday. It takes effect in May.', ['The bill was signed by Gov. Lena Park and Sen. Omar Diallo on Friday.']],
  ['Dr. Amara Okafor met Prof. Li Wei in Geneva. They spoke for an hour.', ['Dr. Amara Okafor met Prof. Li Wei in Geneva.']],
  ['The award went to Maria J. Santos of Manila. She thanked her team.', ['The award went to Maria J. Santos of Manila.']],
  ['The delegation flew to the U.S. The talks begin on Monday.', ['The delegation flew to the U.S.']],
  ['The U.S. Treasury issued new rules. Markets rose.', ['The U.S. Treasury issued new rules.']],
];

test('a title or an initial written with a full stop does not end a sentence ("Mrs. Chen", "Gov. Park", "Maria J. Santos")', () => {
  for (const [text, ends] of CASES.slice(0, 4)) assert.deepEqual(rawEnds(text), ends, text);
});

test('"U.S." ends a sentence before a word that opens one, not before the name it qualifies', () => {
  for (const [text, ends] of CASES.slice(4)) assert.deepEqual(rawEnds(text), ends, text);
});

test('the raw-text and the token sentence ends of the quote layer agree', () => {
  for (const [text, ends] of CASES) assert.deepEqual(tokenEnds(text), ends, text);
});

test('a colon after a clause that reports speech brings in a single-quoted quotation, though a title stands between ("told reporters after meeting Sen. Alvarez: ‘…’")', () => {
  const q = findQuotes(quoteInput("The governor told reporters after meeting Sen. Alvarez: 'We will rebuild every home.'"));
  assert.deepEqual(q.map((x) => x.text), ["'We will rebuild every home.'"]);
  assert.equal(q[0].speaker?.text, 'The governor');
});

test('"the statement said" finds its issuer in the sentence that introduced the statement, past a title with a full stop', () => {
  const MINISTRY: EntitySpec = { name: 'Foreign Ministry', type: 'organization', forms: ['Foreign Ministry'] };
  const WU: EntitySpec = { name: 'Maria Wu', type: 'person', forms: ['Maria Wu'] };
  const text = 'In a statement sent to Sen. Maria Wu\'s office, the Foreign Ministry said the talks would resume. "We remain committed," the statement said.';
  assert.equal(findQuotes(quoteInput(text, [MINISTRY, WU]))[0]?.speaker?.name, 'Foreign Ministry');
});
