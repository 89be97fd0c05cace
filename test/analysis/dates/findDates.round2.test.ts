import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mention } from './helpers';

// Sentences written for these tests (round 2 of the date layer). Reference dates are given per test.

test('"could" does not make a sentence future: a weekday in "could not be reached Wednesday" is the past one', () => {
  // Friday 6 January 2017
  assert.equal(mention('The mayor could not be reached Wednesday for comment.', '2017-01-06', 'Wednesday')?.value, '2017-01-04');
});

test('"planned to" makes what follows it future', () => {
  assert.equal(mention('The delegation planned to leave Seoul on Thursday for Tokyo.', '2017-01-03', 'Thursday')?.value, '2017-01-05');
});

test('"planned" does not make a date before it future', () => {
  assert.equal(mention('On Monday, the ministry planned to pay the first claims.', '2017-01-05', 'Monday')?.value, '2017-01-02');
});

test('"since" points to the past even in a present-perfect sentence', () => {
  // 10 May 2017: the October meant is the one before.
  assert.equal(mention('Police have been looking for the driver since the Oct. 12 meeting.', '2017-05-10', 'Oct. 12')?.value, '2016-10-12');
  // A crash named by its day seven months back may be of any year before (round 9): behind, year unknown.
  assert.equal(mention('Police have been looking for the driver since the Oct. 12 crash.', '2017-05-10', 'Oct. 12')?.value, 'XXXX-10-12');
});

test('"until" right before a weekday points to the coming one', () => {
  // Thursday 5 January 2017
  assert.equal(mention('The court postponed the hearing until Tuesday.', '2017-01-05', 'Tuesday')?.value, '2017-01-10');
});

test('a sentence opening "Until Monday," looks back', () => {
  assert.equal(mention('Until Monday, the police had not named a suspect.', '2017-01-05', 'Monday')?.value, '2017-01-02');
});

test('"this September" is the reference year\'s September whatever the tense', () => {
  assert.equal(mention('The party won 13 percent last year and hopes to enter parliament this September.', '2017-06-20', 'this September')?.value, '2017-09');
  assert.equal(mention('Unions said they had planned strikes for this September.', '2017-06-20', 'this September')?.value, '2017-09');
});

test('"this summer" is the reference year\'s summer even in a past-tense sentence', () => {
  assert.equal(mention('Marchers pledged to block the road this summer.', '2017-03-15', 'this summer')?.value, '2017-SU');
});

test('"a year earlier" after a nine-month figure is the previous year, not a quarter', () => {
  const text = 'Over nine months the firm made $21.4 million, or $1.08 a share, against a loss of $3.3 million a year earlier.';
  assert.equal(mention(text, '2017-10-26', 'a year earlier')?.value, '2016');
});

test('"a year ago" after a quarterly figure stays the same quarter a year before', () => {
  const text = 'The lender posted third-quarter profit of $41.7 million, or 52 cents a share, against $39.9 million a year ago.';
  assert.equal(mention(text, '2017-10-26', 'a year ago')?.value, '2016-Q3');
});

test('a quarter without a year after a historical quarter is a recent one', () => {
  const text = 'The brewer last cut its payout in the third quarter of 1986. It posted third-quarter profit of $41.7 million, or 52 cents a share.';
  assert.equal(mention(text, '2017-10-27', 'the third quarter of 1986')?.value, '1986-Q3');
  assert.equal(mention(text, '2017-10-27', 'third-quarter')?.value, '2017-Q3');
});

test('a quarter without a year after a quarter of the same year keeps that year', () => {
  const text = 'Sales rose in the first quarter of 2016, and the second quarter was even better.';
  assert.equal(mention(text, '2017-02-10', 'the second quarter')?.value, '2016-Q2');
});

test('"current" before a noun is the present', () => {
  const d = mention('The city council that manages the current scheme dislikes the proposal.', '2017-03-31', 'current');
  assert.equal(d?.value, 'PRESENT_REF');
  assert.equal(mention('She will fly with her current coach and two teammates.', '2017-03-31', 'current')?.value, 'PRESENT_REF');
});

test('"current" is not a date in "current account", in a phase of a process, or as a noun', () => {
  assert.equal(mention('The current account deficit widened.', '2017-03-31', 'current'), undefined);
  assert.equal(mention('Both sides agreed on the current stage of the talks.', '2017-03-31', 'current'), undefined);
  assert.equal(mention('The boat was swept away by a strong current.', '2017-03-31', 'current'), undefined);
});

test('"Easter week" that began a few days before Easter is this year\'s', () => {
  // Monday 17 April 2000; Easter Sunday was 23 April 2000.
  assert.equal(mention('Protesters prayed as Easter week began.', '2000-04-17', 'Easter week')?.value, '2000-W16');
});

test('"the previous Friday" counts from the day just mentioned', () => {
  const text = 'The gauge ended at 1734.6 on Oct. 27, 3.1% lower than the previous Friday.';
  assert.equal(mention(text, '2017-10-30', 'the previous Friday')?.value, '2017-10-20');
});

test('a clock time takes its day from a weekday after a parenthesis, and the weekday stays its own mention', () => {
  const text = 'The ferry sank at around 10:35 a.m. (0235 GMT) Friday, near the harbour wall.';
  // Saturday 8 August 1998
  assert.equal(mention(text, '1998-08-08', '10:35 a.m.')?.value, '1998-08-07T10:35');
  assert.equal(mention(text, '1998-08-08', 'Friday')?.value, '1998-08-07');
});

test('"a week" after a verb granting time is a duration', () => {
  assert.equal(mention('The coach gave him a week to decide.', '2017-01-05', 'a week')?.value, 'P1W');
  assert.equal(mention('The repairs may take a month or two.', '2017-01-05', 'a month')?.value, 'P1M');
});

test('"a week" as a rate is still not a duration', () => {
  assert.equal(mention('The airline will add four flights a week on the route.', '2017-01-05', 'a week'), undefined);
});

test('"later in the day" with no day mentioned before is the day of the report', () => {
  assert.equal(mention('The minister flew to Lyon later in the day.', '2017-01-05', 'later in the day')?.value, '2017-01-05');
});

test('"later in the day" after a named day is that day', () => {
  const text = 'The blasts hit on Friday, and the government condemned them later in the day.';
  assert.equal(mention(text, '2017-01-08', 'later in the day')?.value, '2017-01-06');
});

test('"will one day" is a vague future, not a one-day duration', () => {
  const d = mention('Experts say the language will one day be spoken by millions.', '2017-01-05', 'one day');
  assert.equal(d?.type, 'date');
  assert.equal(d?.value, 'FUTURE_REF');
  assert.equal(mention('The strike lasted one day.', '2017-01-05', 'one day')?.value, 'P1D');
});

test('quarters as durations keep the quarter unit', () => {
  assert.equal(mention('The retailer lost money over the past two quarters.', '2017-10-27', 'the past two quarters')?.value, 'P2Q');
  assert.equal(mention('The fund pays out $3 million to members every quarter.', '2017-10-27', 'every quarter')?.value, 'P1Q');
});

test('"a quarter of the market" is a fraction, not a duration', () => {
  assert.equal(mention('Imports make up more than a quarter of all sales.', '2017-10-27', 'more than a quarter'), undefined);
});

test('a second "year-ago" after the year-ago quarter stays in that quarter', () => {
  const text = 'The chain lost $12.6 million in the quarter ended Sept. 30. It made $3.4 million in the year-ago quarter. The year-ago figures were revised.';
  assert.equal(mention(text, '2017-11-01', 'the year-ago quarter')?.value, '2016-Q3');
  assert.equal(mention(text, '2017-11-01', 'The year-ago')?.value, '2016-Q3');
});

test('a month used as an adjective after a determiner is a date', () => {
  assert.equal(mention('The March accession will let the three countries sign.', '1999-02-10', 'March')?.value, '1999-03');
  assert.equal(mention('Officials will March on the capital.', '1999-02-10', 'March'), undefined);
});

test('the second day of "April 24 and 25" is a date of its own in the same month', () => {
  const text = 'A festival will be staged in the old town on April 24 and 25.';
  assert.equal(mention(text, '1999-02-10', 'April 24')?.value, '1999-04-24');
  assert.equal(mention(text, '1999-02-10', '25')?.value, '1999-04-25');
});

test('a number after "Month D and" that counts something is not a day', () => {
  assert.equal(mention('He sold the stake on June 1 and 25 shares more later.', '1999-02-10', '25'), undefined);
});

test('a passive "are set for" does not make the sentence past', () => {
  assert.equal(mention('Talks are set for May 3 in Geneva.', '1999-02-10', 'May 3')?.value, '1999-05-03');
});
