import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of sports news.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;
const SINNER: EntitySpec = { name: 'Jannik Sinner', type: 'person', forms: ['Jannik Sinner'], roles: ['star'] };
const ZVEREV: EntitySpec = { name: 'Alexander Zverev', type: 'person', forms: ['Alexander Zverev'] };

test('a subject after a title with lower-case words ("Italian tennis star Jannik Sinner won …, beating X") outranks the object', () => {
  const ITALIAN: EntitySpec = { name: 'Italian', type: 'misc', forms: ['Italian'] };
  const text = 'Italian tennis star Jannik Sinner won the Australian Open on Sunday, beating Alexander Zverev in straight sets.\n"I am so proud of my team," the 23-year-old said.';
  assert.equal(speakerOf(text, [SINNER, ZVEREV, ITALIAN])?.name, 'Jannik Sinner');
});

test('a nation\'s noun for its people ("the Spaniard", "the Serb") is the one introduced with its adjective', () => {
  const ALCARAZ: EntitySpec = { name: 'Carlos Alcaraz', type: 'person', forms: ['Carlos Alcaraz'], roles: ['star'] };
  const SPANISH: EntitySpec = { name: 'Spanish', type: 'misc', forms: ['Spanish'] };
  const SPANIARD: EntitySpec = { name: 'Spaniard', type: 'misc', forms: ['Spaniard'] };
  const text = 'Alexander Zverev met Spanish star Carlos Alcaraz in the semifinal on Friday.\n"I felt great on court today," the Spaniard said after the match.';
  assert.equal(speakerOf(text, [ZVEREV, ALCARAZ, SPANISH, SPANIARD])?.name, 'Carlos Alcaraz');
  const JOKIC: EntitySpec = { name: 'Nikola Jokic', type: 'person', forms: ['Nikola Jokic'] };
  const SERBIAN: EntitySpec = { name: 'Serbian', type: 'misc', forms: ['Serbian'] };
  const SERB: EntitySpec = { name: 'Serb', type: 'misc', forms: ['Serb'] };
  const nba = 'Serbian center Nikola Jokic posted another triple-double against the Lakers.\n"We just kept moving the ball," the Serb said.';
  assert.equal(speakerOf(nba, [JOKIC, SERBIAN, SERB])?.name, 'Nikola Jokic');
});

test('an epithet reaches past a paragraph that itself speaks of the person by an epithet ("The Argentine forward said …")', () => {
  const MESSI: EntitySpec = { name: 'Lionel Messi', type: 'person', forms: ['Lionel Messi'] };
  const text = 'Lionel Messi scored twice as Inter Miami won 3-1 on Saturday.\n\nThe Argentine forward said after the match that the team was improving.\n\n"We are growing as a team," the 37-year-old said.';
  assert.equal(speakerOf(text, [MESSI])?.name, 'Lionel Messi');
  const serb = 'Novak Djokovic beat Jannik Sinner in four sets on Friday.\nThe Serb was in tears after the final point.\n"This is a special moment," the 37-year-old said.';
  assert.equal(speakerOf(serb, [SINNER, { name: 'Novak Djokovic', type: 'person', forms: ['Novak Djokovic'] }])?.name, 'Novak Djokovic');
});
