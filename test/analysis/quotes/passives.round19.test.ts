import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of policy and economy news.
const quotesOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs));
const speakerOf = (text: string, specs: EntitySpec[] = []) => quotesOf(text, specs)[0]?.speaker;

test('the subject of a passive report ("The decision was announced on Monday.") hands on no speaker', () => {
  assert.equal(speakerOf('The decision was announced on Monday. "It is final."'), null);
  assert.equal(speakerOf('The decision was announced on Monday.\n"It is final and cannot be appealed."'), null);
});

test('a passive report about a named thing does not make the thing a speaker ("The Global Development Initiative was announced …")', () => {
  const GDI: EntitySpec = { name: 'Global Development Initiative', type: 'misc', forms: ['Global Development Initiative'] };
  const UN: EntitySpec = { name: 'United Nations', type: 'organization', forms: ['United Nations'] };
  const text = 'The Global Development Initiative was announced at the United Nations in 2021.\n"It serves the common interests of all countries."';
  assert.equal(speakerOf(text, [GDI, UN]), null);
});

test('the agent of a passive report is its speaker ("… were announced by the Ministry of Commerce")', () => {
  const MOFCOM: EntitySpec = { name: 'Ministry of Commerce', type: 'organization', forms: ['Ministry of Commerce'] };
  const text = 'The new export rules were announced by the Ministry of Commerce on Thursday. "They are in line with international practice."';
  assert.equal(speakerOf(text, [MOFCOM])?.name, 'Ministry of Commerce');
  const DUTTON: EntitySpec = { name: 'Peter Dutton', type: 'person', forms: ['Peter Dutton'] };
  const criticized = 'The budget was criticized by opposition leader Peter Dutton.\n"It is a tax on every family."';
  assert.equal(speakerOf(criticized, [DUTTON])?.name, 'Peter Dutton');
});

test('"was said to be “furious”" names no speaker: the one said to be furious did not say it', () => {
  const REEVES: EntitySpec = { name: 'Rachel Reeves', type: 'person', forms: ['Rachel Reeves'] };
  const text = 'The meeting ended early, and Finance Minister Rachel Reeves was said to be "furious" about the leak.';
  assert.equal(speakerOf(text, [REEVES]), null);
});

test('the one asked or quoted in the passive still speaks ("Wang Yi was asked …", "is reported to have called …")', () => {
  const WANG: EntitySpec = { name: 'Wang Yi', type: 'person', forms: ['Wang Yi'] };
  const asked = 'Wang Yi was asked about the tariffs at a briefing on Monday. "China firmly opposes such unilateral moves."';
  assert.equal(speakerOf(asked, [WANG])?.name, 'Wang Yi');
  const LULA: EntitySpec = { name: 'Luiz Inacio Lula da Silva', type: 'person', forms: ['Luiz Inacio Lula da Silva'] };
  const reported = 'Brazilian President Luiz Inacio Lula da Silva is reported to have called the plan "a step backwards" for the region.';
  assert.equal(speakerOf(reported, [LULA])?.name, 'Luiz Inacio Lula da Silva');
});

test('after a quotation, a passive report gives its agent or no one ("…," it was announced / he was told by the coach)', () => {
  assert.equal(speakerOf('"We will respond firmly to any provocation," it was announced on Monday.'), null);
  const COACH: EntitySpec = { name: 'Ange Postecoglou', type: 'person', forms: ['Ange Postecoglou'] };
  const told = '"You will not start on Sunday," the striker was told by manager Ange Postecoglou.';
  assert.equal(speakerOf(told, [COACH])?.name, 'Ange Postecoglou');
});
