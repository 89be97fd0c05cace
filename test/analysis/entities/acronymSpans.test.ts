import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acronymSpans } from '../../../server/src/analysis/entities/acronymSpans';
import type { EntityType, RawMention } from '../../../server/src/analysis/types';

const at = (text: string, s: string, type: EntityType, score = 0.8): RawMention => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type, score, origin: 'detected' });
const show = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('a name abbreviated in brackets is one mention, however the tagger cut it ("Hong Kong Special Administrative Region (HKSAR)")', () => {
  const text = 'Xi swore in Carrie Lam as chief executive of the Hong Kong Special Administrative Region (HKSAR) on Saturday.';
  const out = acronymSpans(text, [at(text, 'Hong Kong', 'location', 0.99), at(text, 'Administrative Region', 'location', 0.6), at(text, 'HKSAR', 'organization')]);
  assert.deepEqual(show(text, out), ['Hong Kong Special Administrative Region/location', 'HKSAR/organization']);
});

test('a sentence-initial article and a possessive stay outside the name', () => {
  const a = 'The Karachi Stock Exchange (KSE) index rose.';
  assert.deepEqual(show(a, acronymSpans(a, [at(a, 'Karachi Stock Exchange', 'organization')])), ['Karachi Stock Exchange/organization', 'KSE/organization']);
  const b = "He spoke of the Bank of Japan's (BOJ) policy.";
  assert.deepEqual(show(b, acronymSpans(b, [at(b, 'Bank of Japan', 'organization')])), ['Bank of Japan/organization', 'BOJ/organization']);
});

test('the short form in the brackets is a mention of the name when the tagger left it ("World Health Organization (WHO)")', () => {
  const text = 'The World Health Organization (WHO) said on Tuesday that cases rose.';
  assert.deepEqual(show(text, acronymSpans(text, [at(text, 'World Health Organization', 'organization', 0.95)])), ['World Health Organization/organization', 'WHO/organization']);
});

test('nothing is made where nothing was detected, or where the short form does not abbreviate the words', () => {
  const a = 'Officials of the Ministry of Commerce (MOFCOM) spoke.';
  assert.deepEqual(acronymSpans(a, []), []);
  const b = 'Talks in Beijing Daily (XYZ) resumed.';
  const m = [at(b, 'Beijing', 'location')];
  assert.deepEqual(acronymSpans(b, m), m);
});

test('the name before the brackets never reaches into the sentence or paragraph before', () => {
  const text = 'He met with State Councilor Wang Yong on Tuesday.\nThe World Trade Organization (WTO) said on Monday that trade would slow.';
  const detected = [at(text, 'Wang Yong', 'person'), at(text, 'World Trade Organization', 'organization')];
  assert.deepEqual(show(text, acronymSpans(text, detected)), ['Wang Yong/person', 'World Trade Organization/organization', 'WTO/organization']);
  const same = 'Wang met Kenyan President Uhuru Kenyatta on Tuesday. The World Trade Organization (WTO) said trade would slow.';
  const d2 = [at(same, 'Uhuru Kenyatta', 'person'), at(same, 'World Trade Organization', 'organization')];
  assert.deepEqual(show(same, acronymSpans(same, d2)), ['Uhuru Kenyatta/person', 'World Trade Organization/organization', 'WTO/organization']);
});
