import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDatesAfter } from '../../../server/src/analysis/dates/findDates';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { datesIn } from './helpers';

// Sentences written for these tests (round 27 of the date layer).

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

/** The dates of consecutive paragraphs, each block leaving its anchor to the next, as the pipeline does. */
function paragraphPairs(paragraphs: string[], ref: string): string[][][] {
  let anchor: string | null = null;
  return paragraphs.map((text) => {
    const { tokens, sentences } = tokenize(text);
    const found = findDatesAfter(text, tokens, sentences, { value: ref, source: 'cli' }, anchor);
    anchor = found.anchor;
    return found.dates.map((d) => [d.text, d.value]);
  });
}

test('a weekday the article pinned to a coming day keeps that day in later paragraphs, whatever their tense', () => {
  // Written on Thursday 12 March 2026: next Tuesday is the 17th.
  assert.deepEqual(paragraphPairs([
    'The rocket will lift off next Tuesday from the coastal launch site, the space agency said.',
    'Engineers have spent three weeks replacing a faulty valve.',
    "Tuesday's launch was delayed once before because of high winds.",
    'The launch on Tuesday was first planned for the autumn.',
    'Tuesday is also the deadline for the crew to finish training.',
  ], '2026-03-12'), [
    [['next Tuesday', '2026-03-17']],
    [['three weeks', 'P3W']],
    [['Tuesday', '2026-03-17']],
    [['Tuesday', '2026-03-17'], ['the autumn', '2025-FA']],
    [['Tuesday', '2026-03-17']],
  ]);
});

test('a weekday "will" governs pins it as firmly as "next" does', () => {
  assert.deepEqual(paragraphPairs([
    'The rocket will lift off on Tuesday morning from the coastal launch site.',
    "Tuesday's launch was delayed once before because of a fuel leak.",
  ], '2026-03-12'), [
    [['Tuesday morning', '2026-03-17TMO']],
    [['Tuesday', '2026-03-17']],
  ]);
});

test('a verb governing a repeated weekday keeps its own direction, and the latest day told of a weekday wins', () => {
  // "said on Tuesday" is the Tuesday past, even after "next Tuesday"; a clause in the future keeps the coming one.
  assert.deepEqual(pairs('The vote will take place next Tuesday. The electoral commission said on Tuesday that it was ready. Early Tuesday, polling stations will open.', '2026-03-12'),
    [['next Tuesday', '2026-03-17'], ['Tuesday', '2026-03-10'], ['Early Tuesday', '2026-03-17']]);
  // The story moves on to the coming Monday, and the possessive follows it.
  assert.deepEqual(paragraphPairs([
    'Wage talks between the union and the railway broke down last Monday.',
    'Negotiators will meet again on Monday, a union spokesman said.',
    "Monday's session is expected to focus on overtime pay.",
  ], '2026-03-12'), [
    [['last Monday', '2026-03-09']],
    [['Monday', '2026-03-16']],
    [['Monday', '2026-03-16']],
  ]);
});

test('a weekday told with its date pins it to that date', () => {
  assert.deepEqual(paragraphPairs([
    'Polls open on Sunday, March 15, in the first round of the election.',
    "Sunday's vote was called after the coalition collapsed in January.",
  ], '2026-03-12'), [
    [['Sunday, March 15', '2026-03-15']],
    [['Sunday', '2026-03-15'], ['January', '2026-01']],
  ]);
});

test('"the night before" and "the evening before" closing a clause are that part of the day before the day told', () => {
  assert.deepEqual(pairs('The warehouse fire broke out on Sunday. Neighbours had heard a loud explosion the night before.', '2026-03-17'),
    [['Sunday', '2026-03-15'], ['the night before', '2026-03-14TNI']]);
  assert.deepEqual(pairs('The warehouse fire broke out on Sunday. The evening before, residents had reported a smell of gas.', '2026-03-17'),
    [['Sunday', '2026-03-15'], ['The evening before', '2026-03-14TEV']]);
  assert.deepEqual(pairs('The flood barrier failed on Thursday. Crews returned to the site the morning after to pump out the tunnel.', '2026-03-17'),
    [['Thursday', '2026-03-12'], ['the morning after', '2026-03-13TMO']]);
  // In a later paragraph, counted from the last day told before.
  assert.deepEqual(paragraphPairs(['The warehouse fire broke out on Sunday.', 'The night before, a security guard had locked the gates.'], '2026-03-17'),
    [[['Sunday', '2026-03-15']], [['The night before', '2026-03-14TNI']]]);
});

test('"the night before" an event with no day told has no value to give, and is no date', () => {
  assert.deepEqual(pairs('The two leaders dined together the night before the vote.', '2026-03-17'), []);
  assert.deepEqual(pairs('The night before, the two leaders dined together.', '2026-03-17'), []);
  assert.deepEqual(pairs('The minister was arrested on Friday, the night before he was due to fly to Geneva.', '2026-03-17'), [['Friday', '2026-03-13']]);
});

test('"the night before" or "the eve of" a day told is one expression, a day before it', () => {
  assert.deepEqual(datesIn("Campaigning ended the night before Sunday's vote.", '2026-03-17').map((d) => [d.text, d.type, d.value]),
    [['the night before Sunday', 'time', '2026-03-14TNI']]);
  assert.deepEqual(pairs("Opposition leaders rallied in the capital on the eve of Sunday's election.", '2026-03-17'), [['the eve of Sunday', '2026-03-14']]);
  assert.deepEqual(pairs('Opposition leaders rallied in the capital on the eve of the election.', '2026-03-17'), []);
});
