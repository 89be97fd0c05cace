import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of diplomatic and trade news.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;

test('"the EU trade chief" is the one titled "European Trade Commissioner": EU and European are one union', () => {
  const SEFCOVIC: EntitySpec = { name: 'Maros Sefcovic', type: 'person', forms: ['Maros Sefcovic'], roles: ['european trade commissioner', 'trade commissioner', 'commissioner'] };
  const EU: EntitySpec = { name: 'EU', type: 'organization', forms: ['EU'] };
  const EUROPEAN: EntitySpec = { name: 'European', type: 'misc', forms: ['European'] };
  const text = 'European Trade Commissioner Maros Sefcovic held talks with his Chinese counterpart on Monday.\n"We want a level playing field," the EU trade chief told reporters.';
  assert.equal(speakerOf(text, [SEFCOVIC, EU, EUROPEAN])?.name, 'Maros Sefcovic');
});

test('a country named by a short form or an irregular adjective is the same nation: "the UK foreign secretary" is the British one', () => {
  const LAMMY: EntitySpec = { name: 'David Lammy', type: 'person', forms: ['David Lammy'], roles: ['british foreign secretary', 'foreign secretary', 'secretary'] };
  const UK: EntitySpec = { name: 'UK', type: 'location', forms: ['UK'] };
  const BRITISH: EntitySpec = { name: 'British', type: 'misc', forms: ['British'] };
  const text = 'British Foreign Secretary David Lammy arrived in Beijing on Friday.\n"We want a consistent relationship," the UK foreign secretary said.';
  assert.equal(speakerOf(text, [LAMMY, UK, BRITISH])?.name, 'David Lammy');
});

test('"the Chinese president" is the one the article calls "Chinese leader": a nation\'s leader holds its top post', () => {
  const XI: EntitySpec = { name: 'Xi Jinping', type: 'person', forms: ['Xi Jinping'], roles: ['chinese leader', 'leader'] };
  const CHINESE: EntitySpec = { name: 'Chinese', type: 'misc', forms: ['Chinese'] };
  const text = 'Chinese leader Xi Jinping met the visiting Spanish prime minister in Beijing on Friday.\n"China and Spain should be partners," the Chinese president said.';
  assert.equal(speakerOf(text, [XI, CHINESE])?.name, 'Xi Jinping');
});

test('a nation\'s leader named bare is "the Chinese president" when they are the only person named with no title', () => {
  const XI: EntitySpec = { name: 'Xi Jinping', type: 'person', forms: ['Xi Jinping'] };
  const PUTIN: EntitySpec = { name: 'Vladimir Putin', type: 'person', forms: ['Vladimir Putin'], roles: ['russian president', 'president'] };
  const RUSSIAN: EntitySpec = { name: 'Russian', type: 'misc', forms: ['Russian'] };
  const CHINESE: EntitySpec = { name: 'Chinese', type: 'misc', forms: ['Chinese'] };
  const text = 'Xi Jinping arrived in Moscow on Monday for a three-day state visit.\nRussian President Vladimir Putin welcomed him at the Kremlin.\n"Our ties are at their best in history," the Chinese president said.';
  assert.equal(speakerOf(text, [XI, PUTIN, RUSSIAN, CHINESE])?.name, 'Xi Jinping');
});

test('with two people named bare, "the Russian president" is neither of them', () => {
  // (round 21: the two are now named so that neither name says anything of a nation; a name written the Chinese way
  // does, and "the Russian president" beside "Xi Jinping" is the other: see round21.test.ts)
  const LUKASHENKO: EntitySpec = { name: 'Alexander Lukashenko', type: 'person', forms: ['Alexander Lukashenko'] };
  const PUTIN: EntitySpec = { name: 'Vladimir Putin', type: 'person', forms: ['Vladimir Putin'] };
  const RUSSIAN: EntitySpec = { name: 'Russian', type: 'misc', forms: ['Russian'] };
  const text = 'Vladimir Putin and Alexander Lukashenko signed a joint statement in Moscow on Tuesday.\n"This partnership targets no third country," the Russian president said.';
  assert.equal(speakerOf(text, [LUKASHENKO, PUTIN, RUSSIAN])?.entity, null);
});

test('a chancellor is not "the German president": a chancellor holds another post', () => {
  const MERZ: EntitySpec = { name: 'Friedrich Merz', type: 'person', forms: ['Friedrich Merz'], roles: ['german chancellor', 'chancellor'] };
  const GERMAN: EntitySpec = { name: 'German', type: 'misc', forms: ['German'] };
  const text = 'German Chancellor Friedrich Merz opened the trade fair in Hanover on Sunday.\n"Openness made this country strong," the German president said at a separate event in Berlin.';
  assert.equal(speakerOf(text, [MERZ, GERMAN])?.entity, null);
});
