import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a maker and a model number of capitals and one digit is a product ("Xiaomi SU7"), and so is the model named again alone', () => {
  const text = 'Xiaomi SU7 deliveries rose in March. The SU7 now outsells rivals in Shanghai.';
  const ms = [at(text, 'Xiaomi SU7', 'organization'), at(text, 'SU7', 'location', 'detected', 20), at(text, 'Shanghai', 'location')];
  assert.deepEqual(run(text, ms), ['Xiaomi SU7/misc', 'SU7/misc', 'Shanghai/location']);
});

test('a series and a lettered model number taken for a person is a product ("Mate X6")', () => {
  const text = 'Huawei unveiled the Mate X6 foldable in Shenzhen.';
  const ms = [at(text, 'Huawei', 'organization'), at(text, 'Mate X6', 'person'), at(text, 'Shenzhen', 'location')];
  assert.deepEqual(run(text, ms), ['Huawei/organization', 'Mate X6/misc', 'Shenzhen/location']);
});

test('an age-group team is no model ("China U17"), nor a maker\'s name alone', () => {
  const text = 'China U17 beat Japan, and BYD said sales rose.';
  const ms = [at(text, 'China', 'location'), at(text, 'Japan', 'location'), at(text, 'BYD', 'organization')];
  assert.deepEqual(run(text, ms), ['China/location', 'Japan/location', 'BYD/organization']);
});

test('a results period after a company in a headline is no model number ("CATL H1 profit", "Geely Q3 net")', () => {
  const text = 'CATL H1 net profit rises 8 pct. Geely Q3 revenue beats forecasts.';
  const ms = [at(text, 'CATL', 'organization'), at(text, 'Geely', 'organization')];
  assert.deepEqual(run(text, ms), ['CATL/organization', 'Geely/organization']);
});
