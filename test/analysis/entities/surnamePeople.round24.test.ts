import assert from 'node:assert/strict';
import { test } from 'node:test';
import { surnamePeople } from '../../../server/src/analysis/entities/surnamePeople';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of political news of the 2020s.

const apply = (text: string, names: string[]) => shown(text, surnamePeople(text, names.map((n) => at(text, n, 'organization'))));

test('a surname whose possessive owns a political party, a cabinet or aides is a person ("X\'s ruling party won")', () => {
  const text = 'Varga\'s ruling party won the vote. Kellner\'s cabinet met on Monday. Osei\'s aides denied the report.';
  assert.deepEqual(apply(text, ['Varga', 'Kellner', 'Osei']), ['Varga/person', 'Kellner/person', 'Osei/person']);
});

test('an office that speaks belongs to a person, an office that is a place may be a company\'s ("X\'s office said")', () => {
  const text = 'Lindqvist\'s office said the trip was postponed. Zentrix\'s office in Shenzhen closed for the holiday.';
  assert.deepEqual(apply(text, ['Lindqvist', 'Zentrix']), ['Lindqvist/person', 'Zentrix/organization']);
});

test('a party\'s own conference or members make no person of the party ("Labour\'s party conference")', () => {
  const text = 'Reformists\' rivals gathered as Volya\'s party conference opened in Kyiv.';
  assert.deepEqual(apply(text, ['Volya']), ['Volya/organization']);
});

test('a name closing a phrase opened by "the" is an institution, whose cabinet says nothing of a person ("the interim Council\'s cabinet")', () => {
  const text = 'Officials said the interim Transition Council\'s cabinet would meet in Juba.';
  assert.deepEqual(apply(text, ['Council']), ['Council/organization']);
});
