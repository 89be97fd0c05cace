import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn, paragraphPairs } from './helpers';

// Sentences written for these tests (round 27 of the date layer).

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

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

test('a possessive weekday that "will" governs names an event still ahead', () => {
  // Written on Thursday 12 March 2026.
  assert.deepEqual(pairs("Bond traders will watch Friday's payrolls report for signs of a slowdown.", '2026-03-12'), [['Friday', '2026-03-13']]);
  assert.deepEqual(pairs("Bond traders cheered Friday's payrolls report.", '2026-03-12'), [['Friday', '2026-03-06']]);
});

test('a participle before "by" after a comma, or after a determiner, tells no tense', () => {
  assert.deepEqual(pairs('The board meets next on April 16, followed by the June meeting, when new forecasts will be ready.', '2026-03-12'),
    [['April 16', '2026-04-16'], ['June', '2026-06']]);
  assert.deepEqual(pairs('The budget debate ran past its scheduled Friday evening close, as senators argued through the night.', '2026-11-21'),
    [['Friday evening', '2026-11-20TEV']]);
});

test('the clause a ", saying" reports does not set the tense of a day told before it', () => {
  assert.deepEqual(pairs('The carmaker unveiled its new electric sedan at a show in Shenzhen on Wednesday evening, saying deliveries would start in the autumn.', '2026-04-02'),
    [['Wednesday evening', '2026-04-01TEV'], ['the autumn', '2026-FA']]);
});

test('a past perfect tells of a time behind it, even past an agent; a plan in the past perfect may lie ahead', () => {
  assert.deepEqual(pairs('The ban had been suspended by an appeals court in August while the case went on.', '2026-06-18'), [['August', '2025-08']]);
  assert.deepEqual(pairs('The refinery had shut its biggest unit in July.', '2026-06-18'), [['July', '2025-07']]);
  assert.deepEqual(pairs('The refinery had been scheduled to restart in July.', '2026-06-18'), [['July', '2026-07']]);
});

test('"had to wait until" a day is a limit already past', () => {
  // Written on Monday 14 September 2026.
  assert.deepEqual(pairs('Rescue teams had to wait until Sunday morning for the floodwater to recede.', '2026-09-14'), [['Sunday morning', '2026-09-13TMO']]);
  assert.deepEqual(pairs('The ministry said the schools will stay shut until Sunday.', '2026-09-14'), [['Sunday', '2026-09-20']]);
});

test('"The year before," opening a sentence counts from the last date told', () => {
  assert.deepEqual(pairs("Last year's summit in Nairobi ran a day late. The year before, in Lima, talks collapsed.", '2026-11-21'),
    [['Last year', '2025'], ['The year before', '2024']]);
  // A comparison of figures stays unmarked.
  assert.deepEqual(pairs('Exports rose to $4 billion, from $3 billion the year before.', '2026-11-21'), []);
});

test('the storms of a paragraph make its "this season" the weather\'s, and a season opening a sentence frames its months', () => {
  assert.deepEqual(pairs('It was the ninth storm to hit the island this season. Forecasters expect more typhoons in October.', '2026-09-14'),
    [['this season', '2026'], ['October', '2026-10']]);
  assert.deepEqual(pairs('In the last hurricane season, 14 storms formed, and the strongest, in October, flattened two towns.', '2026-09-14'),
    [['last hurricane season', '2025'], ['October', '2025-10']]);
});

test('a capitalized cup or league names the sport, and a cup across the new year sets the season\'s year', () => {
  assert.deepEqual(pairs('The holders won the League Cup on Sunday and still hope for a treble this season.', '2026-03-23'),
    [['Sunday', '2026-03-22'], ['this season', '2025']]);
});

test('a season a start is told from is one season, not every one', () => {
  assert.deepEqual(pairs('Deliveries of the new sedan from autumn', '2026-04-02'), [['autumn', '2026-FA']]);
  // Told from and to, it is a stretch of the year's round.
  assert.deepEqual(pairs('The cherry trees bloom from spring to early summer.', '2026-04-02')[0], ['spring', 'XXXX-SP']);
});
