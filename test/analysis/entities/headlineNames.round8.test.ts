import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headlineNames } from '../../../server/src/analysis/entities/headlineNames';
import type { RawMention } from '../../../server/src/analysis/types';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: RawMention[]) => headlineNames(text, ms).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

const ARTICLE = 'Beijing Hosts Grand Military Parade To Mark War Victory\nCGTN\n'
  + 'Beijing on Wednesday held a grand military parade in Tiananmen Square, attended by leaders from Asia and Africa.';

test('in a title-case headline a name run into the verb after it keeps only what the article names ("Beijing Hosts" → "Beijing")', () => {
  const ms = [at(ARTICLE, 'Beijing Hosts', 'location'), at(ARTICLE, 'Grand Military Parade', 'misc'), at(ARTICLE, 'Mark War Victory', 'misc'),
    at(ARTICLE, 'CGTN', 'organization'), at(ARTICLE, 'Beijing', 'location', 'detected', 20), at(ARTICLE, 'Tiananmen Square', 'location'),
    at(ARTICLE, 'Asia', 'location'), at(ARTICLE, 'Africa', 'location')];
  assert.deepEqual(show(ARTICLE, ms), ['Beijing/location', 'CGTN/organization', 'Beijing/location', 'Tiananmen Square/location', 'Asia/location', 'Africa/location']);
});

test('each name the article knows keeps the type the article gives it ("BYD Overtakes Tesla As World\'s" → "BYD", "Tesla")', () => {
  const text = 'BYD Overtakes Tesla As World\'s Top EV Seller\nCGTN\nChinese carmaker BYD sold more electric cars than Tesla last year.';
  const ms = [at(text, 'BYD Overtakes Tesla As World', 'person'), at(text, 'Chinese', 'misc'), at(text, 'BYD', 'organization', 'detected', 40),
    at(text, 'Tesla', 'organization', 'detected', 40)];
  assert.deepEqual(show(text, ms), ['BYD/organization', 'Tesla/organization', 'Chinese/misc', 'BYD/organization', 'Tesla/organization']);
});

test('a headline name the article repeats in lower case is still a name ("Harbin Ice And Snow World")', () => {
  const text = 'Harbin Ice And Snow World Opens To Visitors\nCGTN\nThe Harbin Ice and Snow World opened in Harbin on Friday, with 1,000 sculptures.';
  const ms = [at(text, 'Harbin Ice And Snow World', 'location'), at(text, 'Harbin Ice and Snow World', 'location'), at(text, 'Harbin', 'location', 'detected', 70)];
  assert.deepEqual(show(text, ms), ['Harbin Ice And Snow World/location', 'Harbin Ice and Snow World/location', 'Harbin/location']);
});

test('sentence-case headlines, headlines in capitals and a person\'s own tags are left as they are', () => {
  const sentence = 'China urges Japan to handle the issue properly\nCGTN\nChina on Monday urged Japan to handle the issue properly, Beijing said.';
  const s = [at(sentence, 'China', 'location'), at(sentence, 'Japan', 'location'), at(sentence, 'Beijing', 'location')];
  assert.deepEqual(headlineNames(sentence, s), s);
  const caps = 'SOCCER - JAPAN BEAT CHINA IN OPENER AT ASIAN CUP\nTOKYO 1996-12-04\nJapan beat China 2-1 in Tokyo on Wednesday.';
  const c = [at(caps, 'ASIAN CUP', 'misc'), at(caps, 'Japan', 'location'), at(caps, 'China', 'location', 'detected', 60)];
  assert.deepEqual(headlineNames(caps, c), c);
  const user = [at(ARTICLE, 'Grand Military Parade', 'misc', 'user'), at(ARTICLE, 'Beijing', 'location', 'detected', 20), at(ARTICLE, 'Asia', 'location')];
  assert.deepEqual(headlineNames(ARTICLE, user), user);
});
