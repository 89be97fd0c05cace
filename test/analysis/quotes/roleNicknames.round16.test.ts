import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of diplomatic and economic news.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;
const TAI: EntitySpec = { name: 'Katherine Tai', type: 'person', forms: ['Katherine Tai', 'Tai'], roles: ['u.s. trade representative', 'trade representative', 'representative'] };
const HE: EntitySpec = { name: 'He Lifeng', type: 'person', forms: ['He Lifeng'], roles: ['chinese vice premier', 'vice premier', 'premier'] };

test('"the trade chief" is whoever holds the trade portfolio named before ("U.S. Trade Representative Katherine Tai")', () => {
  const text = 'U.S. Trade Representative Katherine Tai met Vice Premier He Lifeng in Washington on Tuesday.\n"We had a candid exchange," the trade chief told reporters.';
  assert.equal(speakerOf(text, [TAI, HE])?.name, 'Katherine Tai');
});

test('"the health chief" picks the holder of that portfolio, not another minister named with them', () => {
  const STREETING: EntitySpec = { name: 'Wes Streeting', type: 'person', forms: ['Wes Streeting'], roles: ['health secretary', 'secretary'] };
  const REYNOLDS: EntitySpec = { name: 'Jonathan Reynolds', type: 'person', forms: ['Jonathan Reynolds'], roles: ['business secretary', 'secretary'] };
  const text = 'Health Secretary Wes Streeting and Business Secretary Jonathan Reynolds visited the plant on Monday.\n"It will take a decade to fix," the health chief said.';
  assert.equal(speakerOf(text, [STREETING, REYNOLDS])?.name, 'Wes Streeting');
});

test('a nationality before the portfolio narrows it: "the Chinese commerce chief" is the commerce minister', () => {
  const WANG: EntitySpec = { name: 'Wang Wentao', type: 'person', forms: ['Wang Wentao'], roles: ['commerce minister', 'minister'] };
  const CHINESE: EntitySpec = { name: 'Chinese', type: 'misc', forms: ['Chinese'] };
  const text = 'Commerce Minister Wang Wentao met European business leaders in Brussels on Monday.\n"We hope the EU will make the right choice," the Chinese commerce chief said.';
  assert.equal(speakerOf(text, [WANG, CHINESE])?.name, 'Wang Wentao');
});

test('a chief of a portfolio no one named holds no one ("the former chief", "the energy chief")', () => {
  const text = 'U.S. Trade Representative Katherine Tai spoke on Tuesday.\n"We will review the tariffs," the energy chief said.';
  assert.equal(speakerOf(text, [TAI])?.entity, null);
});

test('"the top diplomat" is the foreign minister named before, with no nation given', () => {
  const WONG: EntitySpec = { name: 'Penny Wong', type: 'person', forms: ['Penny Wong', 'Wong'], roles: ['foreign minister', 'minister'] };
  const text = 'Foreign Minister Penny Wong arrived in Beijing on Wednesday.\n"Stabilizing the relationship is in both our interests," the top diplomat said.';
  assert.equal(speakerOf(text, [WONG])?.name, 'Penny Wong');
});
