import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn, mention } from './helpers';

// Sentences of the two sample articles (samples/*.article), resolved against each article's date.
const JAN = '2017-01-05';
const NOV = '2017-11-22';

test('"on Wednesday" in a past-tense sentence is the Wednesday before a Thursday article date', () => {
  const text = 'Chinese Foreign Minister Wang Yi on Wednesday reiterated China\'s opposition to the deployment of the Terminal High Altitude Area Defense (THAAD) missile system.';
  const d = mention(text, JAN, 'Wednesday');
  assert.equal(d?.value, '2017-01-04');
  assert.equal(d?.type, 'date');
  assert.equal(d?.relative, true);
  assert.equal(d?.origin, 'detected');
});

test('"on Wednesday" inside an "according to a report" phrase stays in the past despite a later "will"', () => {
  const text = "According to a report by South Korea's Defense Ministry on Wednesday, the country will still press ahead with THAAD's deployment.";
  assert.equal(mention(text, JAN, 'Wednesday')?.value, '2017-01-04');
});

test('"Wednesday" on the article date itself is that day', () => {
  const text = 'Chinese Foreign Minister Wang Yi urged South Korea to continue to properly handle the issue during a meeting with his South Korean counterpart Kang Kyung-wha in Beijing on Wednesday.';
  assert.equal(mention(text, NOV, 'Wednesday')?.value, '2017-11-22');
});

test('"In July last year" is July of the previous year, span without "In"', () => {
  const text = 'In July last year, South Korea and the US announced their plan to install THAAD by May 2017 in the southern county of Seongju.';
  const dates = datesIn(text, JAN);
  const july = dates.find((d) => d.text === 'July last year');
  assert.equal(july?.value, '2016-07');
  assert.equal(dates.find((d) => d.text === 'May 2017')?.value, '2017-05');
  assert.equal(dates.find((d) => d.text === 'May 2017')?.relative, false);
});

test('"25 years" is a duration P25Y', () => {
  const text = 'It has been 25 years since the two countries established diplomatic relations, Song said.';
  const d = mention(text, JAN, '25 years');
  assert.equal(d?.type, 'duration');
  assert.equal(d?.value, 'P25Y');
  assert.equal(d?.relative, false);
});

test('"for weeks" is a vague duration PXW', () => {
  const text = 'Large numbers of South Koreans rallied against the risky move for weeks following the announcement.';
  assert.equal(mention(text, JAN, 'weeks')?.value, 'PXW');
});

test('"earlier this month" is the month of the article date', () => {
  const text = 'Chinese President Xi Jinping and Premier Li Keqiang met with South Korean President Moon Jae-in earlier this month, Wang said.';
  assert.equal(mention(text, NOV, 'earlier this month')?.value, '2017-11');
});

test('"in December" in a sentence about a planned trip is the coming December', () => {
  const text = "Kang's visit to Beijing comes ahead of Moon's planned trip to China in December, according to the South Korean Foreign Ministry.";
  assert.equal(mention(text, NOV, 'December')?.value, '2017-12');
});

test('"on October 30" said in the past is the October 30 before the article date', () => {
  const text = '"We are not considering any additional THAAD deployment," Kang said on October 30.';
  assert.equal(mention(text, NOV, 'October 30')?.value, '2017-10-30');
});

test('"recently" is PAST_REF', () => {
  const text = 'China and South Korea recently reached some consensus in dealing with the current stage of the THAAD issue, Wang said.';
  const dates = datesIn(text, NOV);
  assert.deepEqual(dates.map((d) => [d.text, d.value]), [['recently', 'PAST_REF']]);
});

test('a caption date is read in full and is not relative', () => {
  const text = 'Chinese Foreign Minister Wang Yi and his South Korean counterpart Kang Kyung-wha hold talks in Beijing, November 22, 2017. /CGTN Photo';
  const d = mention(text, NOV, 'November 22, 2017');
  assert.equal(d?.value, '2017-11-22');
  assert.equal(d?.relative, false);
});

test('"Jan. 5, 2017" after a stray fragment is found with its abbreviation dot', () => {
  const text = '6kmChinese Foreign Minister Wang Yi (R) meets with a delegation of the opposition Minjoo Party of Korea, Jan. 5, 2017. (Photo/CGTN)';
  assert.equal(mention(text, JAN, 'Jan. 5, 2017')?.value, '2017-01-05');
  assert.equal(datesIn(text, JAN).length, 1);
});

test('offsets are relative to the block and the text matches the slice', () => {
  const text = 'During talks with Moon in Vietnam on November 11, Xi stressed that both sides need to respect each other.';
  for (const d of datesIn(text, NOV)) assert.equal(text.slice(d.start, d.end), d.text);
  assert.equal(mention(text, NOV, 'November 11')?.value, '2017-11-11');
});

test('sentences without temporal expressions give nothing', () => {
  assert.deepEqual(datesIn('Wang urged South Korea to keep its word and continue to properly handle the issue.', NOV), []);
  assert.deepEqual(datesIn('6km', NOV), []);
});
