import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const said = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => [q.text, q.speaker?.name ?? null]);

test('"the club" is the club the article names, not the broadcaster a player spoke to just before', () => {
  const specs: EntitySpec[] = [
    { name: 'Arsenal', type: 'organization', forms: ['Arsenal'] },
    { name: 'Sky Sports', type: 'organization', forms: ['Sky Sports'] },
  ];
  const text = 'Arsenal confirmed the signing on Friday. "We are delighted to have him back," the coach told Sky Sports. According to the club, "the fee was undisclosed."';
  assert.equal(said(text, specs)[1][1], 'Arsenal');
});

test('"the team" never names a news outlet, even with no club named before it', () => {
  const specs: EntitySpec[] = [{ name: 'BBC Radio 5 Live', type: 'organization', forms: ['BBC Radio 5 Live'] }];
  const text = 'The captain spoke to BBC Radio 5 Live after the final. "Nobody gave us a chance," the team said in a statement.';
  assert.notEqual(said(text, specs)[0][1], 'BBC Radio 5 Live');
});

test('a nickname with the ones who gave it ("dubbed “…” by campaigners") is no one\'s statement, not that of the thing named', () => {
  assert.deepEqual(said('A scheme dubbed "the Netflix tax" by campaigners was approved on Monday.'), [['"the Netflix tax"', null]]);
  assert.deepEqual(said('The levy - dubbed "a tax on culture" by campaigners - takes effect in January.'), [['"a tax on culture"', null]]);
  assert.deepEqual(said('Ministers approved the levy, dubbed by campaigners as "the Netflix tax".'), [['"the Netflix tax"', null]]);
});

test('a nickname given "by" someone takes no speaker from a reporting clause later in its sentence', () => {
  const text = 'The tax, dubbed "the Netflix tax" by campaigners, was approved on Monday, the culture ministry said.';
  assert.deepEqual(said(text), [['"the Netflix tax"', null]]);
});

test('words on a banner named before a quotation come from the banner, not from a speaker later in the sentence', () => {
  const text = 'Protesters, some carrying banners reading "Hands off our pensions", chanted outside parliament as Marine Dubois, a nurse, said: "We cannot retire at 67."';
  const DUBOIS: EntitySpec = { name: 'Marine Dubois', type: 'person', forms: ['Marine Dubois'] };
  assert.deepEqual(said(text, [DUBOIS]), [['"Hands off our pensions"', 'banners'], ['"We cannot retire at 67."', 'Marine Dubois']]);
});

test('"a banner that read “…”" is the banner\'s text, as "a banner reading" is', () => {
  const HADDAD: EntitySpec = { name: 'Omar Haddad', type: 'person', forms: ['Omar Haddad'] };
  const text = 'Holding a banner that read "No war in our name", student leader Omar Haddad told the crowd: "We will be back every week."';
  assert.deepEqual(said(text, [HADDAD]), [['"No war in our name"', 'a banner'], ['"We will be back every week."', 'Omar Haddad']]);
});

test('a source the sentence opens with keeps the words on a shirt it reports ("According to the Daily Star, …")', () => {
  const STAR: EntitySpec = { name: 'Daily Star', type: 'organization', forms: ['Daily Star'] };
  assert.equal(said('According to the Daily Star, the men wore shirts that read "Vote for change".', [STAR])[0][1], 'Daily Star');
});

test('a nickname right before the sentence\'s own verb ("a scheme dubbed “…” was approved") is not the scheme\'s words', () => {
  assert.deepEqual(said('A scheme dubbed "the Netflix tax" was approved on Monday.'), [['"the Netflix tax"', null]]);
});

test('the thing "labelled" or "branded" something by others is not the one who said it', () => {
  assert.notEqual(said('The bill was labelled "reckless" by the opposition.')[0][1], 'The bill');
  assert.notEqual(said('The bill was branded "reckless" by the opposition.')[0][1], 'The bill');
});
