import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../../server/src/analysis/dates/findDates';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { datesIn } from './helpers';

// Sentences written for these tests (round 25 of the date layer). 14 March 2026 is a Saturday.

const REF = '2026-03-14';
const pairs = (text: string, ref = REF) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('the number after "Long March" is a rocket model, not a day of March', () => {
  assert.deepEqual(pairs('A Long March 5 rocket arrived at the launch site earlier this month.'), [['earlier this month', '2026-03']]);
  assert.deepEqual(pairs('The Long March 8 rocket lifted off on March 5.'), [['March 5', '2026-03-05']]);
});

test('"the day before" or "the day after" closes its clause before "because", "amid" or a place phrase', () => {
  assert.deepEqual(pairs('The launch on March 3 was called off the day before because of high winds.'), [['March 3', '2026-03-03'], ['the day before', '2026-03-02']]);
  assert.deepEqual(pairs('Talks opened on Monday, and a deal was signed the day after in Geneva.'), [['Monday', '2026-03-09'], ['the day after', '2026-03-10']]);
});

test('a clock time with no day of its own takes the qualified weekday right after it ("9:30 p.m. next Tuesday")', () => {
  assert.deepEqual(pairs('The launch window opens at 9:30 p.m. Beijing Time next Tuesday.'), [['9:30 p.m. Beijing Time', '2026-03-17T21:30'], ['next Tuesday', '2026-03-17']]);
  assert.deepEqual(pairs('The ceremony began at 10 a.m. last Friday.'), [['10 a.m.', '2026-03-13T10:00'], ['last Friday', '2026-03-13']]);
});

test('a range of days with no year that holds the article\'s day is under way this year, whatever the tense', () => {
  assert.deepEqual(pairs('Group games will be played from June 11 to June 27.', '2026-06-20'), [['June 11', '2026-06-11'], ['June 27', '2026-06-27']]);
  assert.deepEqual(pairs('The book fair will run from Dec. 11 to Jan. 2, organizers said.', '2027-01-01'), [['Dec. 11', '2026-12-11'], ['Jan. 2', '2027-01-02']]);
});

test('a future range of days wholly behind the article\'s day is still next year\'s', () => {
  assert.deepEqual(pairs('The expo will be held from May 2 to May 8.', '2026-06-20'), [['May 2', '2027-05-02'], ['May 8', '2027-05-08']]);
});

/** Under a photo caption's date (30 May 2026, a Saturday): the photo's day, on or before the writing. */
const underCaption = (text: string, ref = '2026-05-30') => {
  const { tokens, sentences } = tokenize(text);
  return findDates(text, tokens, sentences, { value: ref, source: 'caption' }).map((d) => [d.text, d.value]);
};

test('under a Saturday caption, a past weekday reacting to Saturday\'s event is the weekday after it', () => {
  assert.deepEqual(underCaption('Markets reacted sharply on Monday to Saturday\'s decision.'), [['Monday', '2026-06-01'], ['Saturday', '2026-05-30']]);
  assert.deepEqual(underCaption('After Saturday\'s vote, shares fell on Monday.'), [['Saturday', '2026-05-30'], ['Monday', '2026-06-01']]);
});

test('under a Saturday caption, a past weekday with no order to the photo\'s day stays the one before', () => {
  assert.deepEqual(underCaption('Markets fell sharply on Monday.'), [['Monday', '2026-05-25']]);
  assert.deepEqual(underCaption('Talks on Monday led to Saturday\'s deal.'), [['Monday', '2026-05-25'], ['Saturday', '2026-05-30']]);
});

test('under a Sunday caption a past "the weekend" is the photo\'s; under a Saturday one only "the weekend\'s" event is', () => {
  assert.deepEqual(underCaption('Crowds gathered over the weekend.', '2026-05-31'), [['the weekend', '2026-W22-WE']]);
  assert.deepEqual(underCaption('Oil prices rose on Monday after the weekend\'s decision.'), [['Monday', '2026-06-01'], ['the weekend', '2026-W22-WE']]);
  assert.deepEqual(underCaption('Fans bought a million tickets over the weekend, organizers said on Monday.'), [['the weekend', '2026-W21-WE'], ['Monday', '2026-05-25']]);
  assert.deepEqual(underCaption('Crowds gathered over the weekend.', '2026-05-28'), [['the weekend', '2026-W21-WE']]);
});

test('a day told after "every year on" is the day of no one year', () => {
  assert.deepEqual(pairs('Space Day is marked every year on April 24.'), [['every year', 'P1Y'], ['April 24', 'XXXX-04-24']]);
  assert.deepEqual(pairs('The holiday is held annually on 1 October.'), [['annually', 'P1Y'], ['1 October', 'XXXX-10-01']]);
});

test('a possessive weekday after "next" or "last" the same weekday in the paragraph is that day\'s event', () => {
  assert.deepEqual(pairs('The probe will launch next Tuesday. Tuesday\'s launch comes after a delay.'), [['next Tuesday', '2026-03-17'], ['Tuesday', '2026-03-17']]);
  assert.deepEqual(pairs('Protests began on Tuesday. Tuesday\'s march was peaceful.'), [['Tuesday', '2026-03-10'], ['Tuesday', '2026-03-10']]);
});

test('a holiday said to run on or end, whose day is a few weeks behind, is this year\'s, under way', () => {
  assert.deepEqual(pairs('The National Day holiday ends on Wednesday.', '2025-10-05'), [['National Day', '2025-10-01'], ['Wednesday', '2025-10-08']]);
  assert.deepEqual(pairs('The Spring Festival travel rush runs until March 13.', '2026-03-05'), [['Spring Festival', '2026-02-17'], ['March 13', '2026-03-13']]);
});

test('a holiday said to begin, whose day is behind, is still next year\'s', () => {
  assert.deepEqual(pairs('Bookings for the National Day holiday open on Monday.', '2025-10-05'), [['National Day', '2026-10-01'], ['Monday', '2025-10-06']]);
});

test('"the previous quarter" after a quarter just told is the one before it, not the one before now', () => {
  assert.deepEqual(pairs('GDP grew 1.2 percent in the first quarter, up from 0.9 percent in the previous quarter.', '2026-04-30'), [['the first quarter', '2026-Q1'], ['the previous quarter', '2025-Q4']]);
  assert.deepEqual(pairs('GDP grew 1.2 percent in the previous quarter.', '2026-04-30'), [['the previous quarter', '2026-Q1']]);
});
