import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { isDemonymNoun, nationalityForms } from '../../../server/src/analysis/quotes/nationality';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of sports news.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;
const BENCIC: EntitySpec = { name: 'Belinda Bencic', type: 'person', forms: ['Belinda Bencic'] };
const GAUFF: EntitySpec = { name: 'Coco Gauff', type: 'person', forms: ['Coco Gauff'] };

test('"the Swiss" is the player introduced as Swiss, and with no nationality given, the subject just named', () => {
  const SWISS: EntitySpec = { name: 'Swiss', type: 'misc', forms: ['Swiss'] };
  const introduced = 'Coco Gauff lost to Swiss tennis player Belinda Bencic in three sets on Thursday.\n"I played my best tennis in the third set," the Swiss said.';
  assert.equal(speakerOf(introduced, [GAUFF, BENCIC, SWISS])?.name, 'Belinda Bencic');
  const bare = 'Belinda Bencic beat Coco Gauff in three sets on Thursday.\n"I played my best tennis in the third set," the Swiss said.';
  assert.equal(speakerOf(bare, [BENCIC, GAUFF])?.name, 'Belinda Bencic');
});

test('"the Argentine" is the one introduced as "Argentinian" as well as "Argentine", not the subject of the sentence', () => {
  const VINI: EntitySpec = { name: 'Vinicius Junior', type: 'person', forms: ['Vinicius Junior'] };
  const MARTINEZ: EntitySpec = { name: 'Lautaro Martinez', type: 'person', forms: ['Lautaro Martinez'] };
  const ARGENTINIAN: EntitySpec = { name: 'Argentinian', type: 'misc', forms: ['Argentinian'] };
  const ARGENTINE: EntitySpec = { name: 'Argentine', type: 'misc', forms: ['Argentine'] };
  const text = 'Vinicius Junior fouled Argentinian forward Lautaro Martinez early in the second half.\n"It was a dream night for us," the Argentine said.';
  assert.equal(speakerOf(text, [VINI, MARTINEZ, ARGENTINIAN, ARGENTINE])?.name, 'Lautaro Martinez');
  assert.deepEqual(nationalityForms('Argentine'), ['Argentine', 'Argentinian']);
});

test('"the 31-year-old Briton" describes the cyclist just named, even where the tagger took "Briton" for a name', () => {
  const PIDCOCK: EntitySpec = { name: 'Tom Pidcock', type: 'person', forms: ['Tom Pidcock'] };
  const text = 'Tom Pidcock won the mountain bike gold in Paris on Monday.\n"I never gave up, even after the puncture," the 31-year-old Briton said.';
  for (const type of ['misc', 'person', 'organization'] as const) {
    const speaker = speakerOf(text, [PIDCOCK, { name: 'Briton', type, forms: ['Briton'] }]);
    assert.equal(speaker?.name, 'Tom Pidcock', `"Briton" tagged ${type}`);
    assert.equal(speaker?.text, 'the 31-year-old Briton');
  }
});

test('the nation nouns an epithet may end in are one list: those with a distinct adjective and those without', () => {
  for (const noun of ['spaniard', 'briton', 'serb', 'pole', 'turk', 'swiss', 'argentine', 'thai']) assert.ok(isDemonymNoun(noun), noun);
  for (const word of ['spanish', 'minister', 'forward']) assert.ok(!isDemonymNoun(word), word);
});

test('an age before a nationality adjective keeps it an epithet ("the 39-year-old Croatian", "the 32-year-old Chinese")', () => {
  const MODRIC: EntitySpec = { name: 'Luka Modric', type: 'person', forms: ['Luka Modric'] };
  const CROATIAN: EntitySpec = { name: 'Croatian', type: 'misc', forms: ['Croatian'] };
  const text = 'Luka Modric scored a late winner for Real Madrid on Saturday.\n"I still feel young," the 39-year-old Croatian said.';
  assert.equal(speakerOf(text, [MODRIC, CROATIAN])?.name, 'Luka Modric');
  const DING: EntitySpec = { name: 'Ding Liren', type: 'person', forms: ['Ding Liren'] };
  assert.equal(speakerOf('Ding Liren lost his world title in Singapore in December.\n"I have no regrets," the 32-year-old Chinese said.', [DING])?.name, 'Ding Liren');
});
