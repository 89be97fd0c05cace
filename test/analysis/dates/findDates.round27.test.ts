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

test('"this season" in a weather story is the reference year\'s season, as is "this hurricane season"', () => {
  assert.deepEqual(pairs('Three typhoons have already struck the southern coast so far this season.', '2026-09-02'), [['this season', '2026']]);
  assert.deepEqual(pairs('Forecasters said next hurricane season could be quieter than this one.', '2026-11-30'), [['next hurricane season', '2027']]);
  assert.deepEqual(pairs('Last monsoon season, floods displaced more than a million people.', '2026-03-15'), [['Last monsoon season', '2025']]);
  // What the paragraph told before names the season's weather.
  assert.deepEqual(pairs('Two tropical storms formed in the Gulf in June. Officials warned that more could follow this season.', '2026-07-10'),
    [['June', '2026-06'], ['this season', '2026']]);
});

test('a definite "the season" tells no time of its own, and a season of nothing named is left unmarked', () => {
  assert.deepEqual(pairs('The typhoon season could start early, and the season may bring more storms than usual.', '2026-03-15'), []);
  assert.deepEqual(pairs('Retailers are counting on strong sales this season.', '2026-11-20'), []);
});

test('"this season" early in the year is a league\'s by the year its season began, when the league is named', () => {
  // A Premier League season runs from August to May: in March it is the one begun last August.
  assert.deepEqual(pairs('The Premier League side won the title last season and hope to defend it this season.', '2026-03-15'),
    [['last season', '2024'], ['this season', '2025']]);
  // A Formula One season lies within the year.
  assert.deepEqual(pairs('The Formula One champion has won two races this season.', '2026-05-10'), [['this season', '2026']]);
  // No league named: a season begun last year or this year, the value stays underspecified.
  assert.deepEqual(pairs('The striker has scored 14 goals this season.', '2026-03-15'), [['this season', 'PRESENT_REF']]);
  // A league's season is no calendar year: the month it names is not put in it.
  assert.deepEqual(pairs('Last season, the Premier League club lifted the cup in May.', '2026-03-15'), [['Last season', '2024'], ['May', '2025-05']]);
});

test('"this spring" is the spring of the reference year, and "next spring" the one after it, even as spring begins', () => {
  // Written on 15 March, as spring begins.
  assert.deepEqual(pairs('The new terminal will open this spring, and a second runway next spring.', '2026-03-15'),
    [['this spring', '2026-SP'], ['next spring', '2027-SP']]);
  assert.deepEqual(pairs('The lake froze over last spring.', '2026-03-15'), [['last spring', '2025-SP']]);
});

test('in January and February "this winter" is the one under way, and "last" and "next" count from it', () => {
  assert.deepEqual(pairs('Gas prices soared last winter, and traders expect them to ease next winter.', '2026-02-10'),
    [['last winter', '2024-WI'], ['next winter', '2026-WI']]);
  assert.deepEqual(pairs('This winter is the coldest in a decade. This coming winter will test the new grid.', '2026-02-10'),
    [['This winter', '2025-WI'], ['a decade', 'P10Y'], ['This coming winter', '2026-WI']]);
  // In December the winter under way is this year's.
  assert.deepEqual(pairs('Gas prices soared last winter, and traders expect them to ease next winter.', '2026-12-10'),
    [['last winter', '2025-WI'], ['next winter', '2027-WI']]);
});

test('"this winter" told in the past or the perfect after it has ended is the winter just over', () => {
  assert.deepEqual(pairs('This winter has been the mildest on record in the capital.', '2026-03-15'), [['This winter', '2025-WI']]);
  // Looking ahead, it is the one to come.
  assert.deepEqual(pairs('This winter, the city plans to open more shelters for the homeless.', '2026-03-15'), [['This winter', '2026-WI']]);
});
