import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn, mention } from './helpers';

// Sentences written for these tests (round 3 of the date layer). Reference dates are given per test.

test('"now that" keeps its "now" as the present', () => {
  const d = mention('Now that the ceasefire holds, aid convoys are moving again.', '2017-03-02', 'Now');
  assert.equal(d?.value, 'PRESENT_REF');
});

test('bare "the week" of a market report is a week of the reference year, not known which', () => {
  const d = mention('For the week, the Nikkei index gained 2.1%.', '2017-03-03', 'the week');
  assert.equal(d?.value, '2017-WXX');
  assert.equal(d?.type, 'date');
});

test('"the week" tied to an event ("the week before the vote") is left alone', () => {
  assert.equal(mention('Turnout rose in the week before the vote.', '2017-03-03', 'the week'), undefined);
});

test('"the week of March 6" is the ISO week holding that day', () => {
  assert.equal(mention('The hearing may take place the week of March 6, lawyers said.', '2017-02-24', 'the week of March 6')?.value, '2017-W10');
});

test('"the quarter ended July 31" is the calendar quarter holding most of it', () => {
  const text = 'In the quarter ended July 31, the retailer earned $4 million.';
  assert.equal(mention(text, '2017-10-30', 'the quarter')?.value, '2017-Q2');
  assert.equal(mention('For the quarter ended Sept. 30, sales rose 5%.', '2017-10-30', 'the quarter')?.value, '2017-Q3');
});

test('"in recent years" is the recent past, not a length of time', () => {
  const d = mention('Exports to the region have doubled in recent years.', '2017-05-04', 'recent years');
  assert.equal(d?.value, 'PAST_REF');
  assert.equal(d?.type, 'date');
});

test('"recent months" stays a vague length of time', () => {
  assert.equal(mention('Prices have fallen for recent months.', '2017-05-04', 'recent months')?.value, 'PXM');
});

test('"that day" with no day mentioned before in the paragraph is not emitted', () => {
  assert.equal(mention('Nobody in the village slept that day.', '2017-05-04', 'that day'), undefined);
});

test('"that day" after a date takes that date', () => {
  assert.equal(mention('The dam broke on March 3, and rescuers arrived later that day.', '2017-05-04', 'later that day')?.value, '2017-03-03');
});

test('a season "of" a year spelt out in words takes that year', () => {
  const d = mention('Copper last traded that low in the winter of nineteen eighty-six.', '2017-05-04', 'the winter of nineteen eighty-six');
  assert.equal(d?.value, '1986-WI');
});

test('the possessive ending is not part of a mention', () => {
  const ds = datesIn("Critics attacked Friday's ruling and yesterday's vote.", '2017-05-04');
  assert.deepEqual(ds.map((d) => d.text), ['Friday', 'yesterday']);
});

test('"within" stays outside a duration', () => {
  assert.equal(datesIn('The company expects a decision within two weeks.', '2017-05-04')[0]?.text, 'two weeks');
});

test('"three days later" is a length of time ending before "later"', () => {
  const d = datesIn('Three days later, the rebels withdrew from the town.', '2017-05-04')[0];
  assert.equal(d?.text, 'Three days');
  assert.equal(d?.value, 'P3D');
  assert.equal(d?.type, 'duration');
  assert.equal(datesIn('A few days later the strike ended.', '2017-05-04')[0]?.value, 'PXD');
});

test('"a year earlier" still names a date', () => {
  const d = mention('Unemployment stood at 5.1 percent, down from 5.6 percent a year earlier.', '2017-05-04', 'a year earlier');
  assert.equal(d?.type, 'date');
});

test('"effective" before a date makes it the coming one', () => {
  // 26 October 2017: "effective Feb. 1" is February 2018.
  assert.equal(mention('The board named a new chairman, effective Feb. 1.', '2017-10-26', 'Feb. 1')?.value, '2018-02-01');
});

test('"the then current" is the present of a past moment', () => {
  assert.equal(mention('Shares were priced at the then current market rate.', '2017-10-26', 'then current')?.value, 'PAST_REF');
});

test('"last year" closing a comparison of quarterly amounts is the same quarter a year before', () => {
  const text = 'Third-quarter sales fell to $12 million from $14.5 million last year.';
  assert.equal(mention(text, '2017-10-26', 'last year')?.value, '2016-Q3');
});

test('"last year" outside a quarterly comparison stays the year', () => {
  assert.equal(mention('Last year, the company earned $480 million on sales of $4 billion.', '2017-10-26', 'Last year')?.value, '2016');
  assert.equal(mention('For the nine months, sales rose to $40 million from $35 million last year.', '2017-10-26', 'last year')?.value, '2016');
});

test('a capitalized "This Week" mid-sentence is a programme title, not a date', () => {
  const text = 'The minister said on the Sunday programme "This Week" that the talks would go on.';
  assert.equal(mention(text, '2017-10-26', 'This Week'), undefined);
  assert.equal(mention('This week the talks go on.', '2017-10-26', 'This week')?.value, '2017-W43');
});

test('"a year earlier" after a calendar day counts from that day', () => {
  const text = 'For the quarter ended Sept. 30, the airline earned $133 million, up from $100 million a year earlier.';
  assert.equal(mention(text, '2017-10-26', 'a year earlier')?.value, '2016-09-30');
});

test('"a year earlier" after "yesterday" in earnings news stays the quarter a year before', () => {
  const text = 'The bank said yesterday that third-quarter net rose to $5 million from $4 million a year earlier.';
  assert.equal(mention(text, '2017-10-26', 'a year earlier')?.value, '2016-Q3');
});

test('"daily" naming a newspaper after a capitalized word is still a set', () => {
  const d = mention('The statement was printed in full by the Communist Party daily Renmin Bao.', '2017-10-26', 'daily');
  assert.equal(d?.value, 'P1D');
  assert.equal(mention('The story ran in the Daily Telegraph on Monday.', '2017-10-26', 'Daily'), undefined);
});
