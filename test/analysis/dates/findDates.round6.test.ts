import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDatesAfter } from '../../../server/src/analysis/dates/findDates';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { datesIn, mention } from './helpers';

// Sentences written for these tests (round 6 of the date layer). Reference dates are given per test.

test('"the next morning" and "later that night" are parts of the day mentioned last', () => {
  // 22 November 2017 is a Wednesday; the Monday before it is the 20th.
  const text = 'The envoy landed in Seoul on Monday. He met the foreign minister the next morning, and later that night flew on to Tokyo.';
  const pairs = datesIn(text, '2017-11-22').map((d) => [d.text, d.type, d.value]);
  assert.deepEqual(pairs, [
    ['Monday', 'date', '2017-11-20'],
    ['the next morning', 'time', '2017-11-21TMO'],
    // "that night" is the night of the day the morning belonged to.
    ['later that night', 'time', '2017-11-21TNI'],
  ]);
});

test('"That evening" opening a paragraph counts from the last day of the paragraph before', () => {
  const ref = { value: '2017-11-22', source: 'cli' as const };
  const first = 'The vote was held on Oct. 30, the commission said.';
  const second = 'That evening, thousands gathered outside the parliament.';
  const a = tokenize(first), b = tokenize(second);
  const anchor = findDatesAfter(first, a.tokens, a.sentences, ref, null).anchor;
  const d = findDatesAfter(second, b.tokens, b.sentences, ref, anchor).dates;
  assert.deepEqual(d.map((x) => [x.text, x.value]), [['That evening', '2017-10-30TEV']]);
});

test('"the following afternoon" with no day mentioned before is left out: there is no day to give', () => {
  assert.equal(mention('Talks resumed the following afternoon.', '2017-11-22', 'the following afternoon'), undefined);
});

test('a month right after a past-tense verb is past, even two months ahead of the article date', () => {
  // Reported on 9 November 2017: "January" after "took office" is January 2017, not the coming one.
  assert.equal(mention('It is his first visit to China since he took office in January.', '2017-11-09', 'January')?.value, '2017-01');
  assert.equal(mention('The two sides signed the accord Dec. 21, officials said.', '2017-11-09', 'Dec. 21')?.value, '2016-12-21');
});

test('a month planned in a past report, or after an auxiliary, stays the nearest one', () => {
  assert.equal(mention('The firm said it would complete the deal in January.', '2017-11-09', 'January')?.value, '2018-01');
  assert.equal(mention('The company has set Dec. 10 as the deadline for bids.', '2017-11-09', 'Dec. 10')?.value, '2017-12-10');
  assert.equal(mention('The bank will redeem its preferred shares on Dec. 31.', '2017-11-09', 'Dec. 31')?.value, '2017-12-31');
});

test('an "-ed" word qualifying a noun ("would publish updated figures") does not make a plan past', () => {
  // Reported on 13 August 2019.
  assert.equal(mention('The WHO said it would publish updated figures in November.', '2019-08-13', 'November')?.value, '2019-11');
  assert.equal(mention('It released the revised figures in November.', '2019-08-13', 'November')?.value, '2018-11');
});

test('"the same period last year" after "the first seven months" is last year, not a quarter', () => {
  const d = datesIn('Cases nearly tripled in the first seven months of 2019 compared with the same period last year, the WHO said.', '2019-08-13');
  assert.deepEqual(d.map((x) => [x.text, x.value]), [['the first seven months', 'P7M'], ['2019', '2019'], ['the same period last year', '2018']]);
});

test('"two years ahead of schedule" is the count "two years", not "years ahead"', () => {
  const d = datesIn('Abe called the snap election in September, two years ahead of schedule.', '2017-10-23');
  assert.deepEqual(d.map((x) => [x.text, x.value]), [['September', '2017-09'], ['two years', 'P2Y']]);
  assert.equal(mention('The years ahead will be hard.', '2017-10-23', 'The years ahead')?.value, 'PXY');
});

test('a relative clause keeps its own past: "will be relayed by the satellite, which was launched in May"', () => {
  const text = 'Signals will be relayed by the Queqiao satellite, which was launched in May and has been orbiting since June 14.';
  assert.deepEqual(datesIn(text, '2018-12-08').map((x) => [x.text, x.value]), [['May', '2018-05'], ['June 14', '2018-06-14']]);
});

test('"is due to report on Monday" and "is unlikely to be formed before Christmas" look ahead', () => {
  // 15 November 2017 is a Wednesday.
  assert.equal(mention('The company is due to report its earnings on Monday.', '2017-11-15', 'Monday')?.value, '2017-11-20');
  assert.equal(mention('The delay was due to the strike on Monday.', '2017-11-15', 'Monday')?.value, '2017-11-13');
  // The trailing "said Thomas Jaeger" tells when it was said, not when the government is formed.
  assert.equal(mention('A new government is unlikely to be formed before Christmas, said Thomas Jaeger.', '2017-09-24', 'Christmas')?.value, '2017-12-25');
});

test('the end of a range never falls before its start: "from 8 a.m. on Sunday to 8 a.m. on Monday"', () => {
  // 16 September 2018 is a Sunday.
  const d = datesIn('All flights were cancelled from 8 a.m. on Sunday to 8 a.m. on Monday.', '2018-09-16');
  assert.deepEqual(d.map((x) => x.value), ['2018-09-16T08:00', '2018-09-17T08:00']);
  assert.deepEqual(datesIn('Flights were cancelled from Sunday to Monday.', '2018-09-16').map((x) => x.value), ['2018-09-16', '2018-09-17']);
  // A range end already after its start stays where the tense puts it.
  assert.equal(mention('The fund bought shares from Sept. 3 to Thursday.', '2018-09-16', 'Thursday')?.value, '2018-09-13');
});

test('a year after a day range dates both days: "from February 4 to 20, 2022"', () => {
  const d = datesIn('Zhangjiakou will host events from February 4 to 20, 2022.', '2019-01-10');
  assert.deepEqual(d.map((x) => [x.text, x.value]), [['February 4', '2022-02-04'], ['20, 2022', '2022-02-20']]);
});

test('a speed is no recurrence: "162 kilometers per hour"; a wage per hour still is', () => {
  assert.deepEqual(datesIn('Winds reached 162 kilometers per hour near the coast.', '2018-09-16'), []);
  assert.equal(mention('Workers earn 20 dollars per hour.', '2018-09-16', 'per hour')?.value, 'PT1H');
});

test('"the second half" of a match is no half-year; of a company\'s year it is', () => {
  assert.deepEqual(datesIn('Wu Lei scored twice in the second half as China beat Vietnam 3-2.', '2021-09-02'), []);
  assert.equal(mention('The company won contracts and beat expectations in the first half.', '2021-09-02', 'the first half')?.value, '2021-H1');
});

test('under a caption dated Sunday, "results released early Monday" are of the next day', () => {
  // 24 September 2017 is a Sunday: the photo's day, on or before the day the article was written.
  const text = 'Results released early Monday showed the party had lost 65 seats.';
  const { tokens, sentences } = tokenize(text);
  const caption = findDatesAfter(text, tokens, sentences, { value: '2017-09-24', source: 'caption' }, null).dates;
  assert.equal(caption[0]?.value, '2017-09-25');
  // A date the article states itself is the day of writing: a past Monday is the one before.
  const stated = findDatesAfter(text, tokens, sentences, { value: '2017-09-24', source: 'dateline' }, null).dates;
  assert.equal(stated[0]?.value, '2017-09-18');
});
