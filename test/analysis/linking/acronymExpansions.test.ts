import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, linkedNames } from './linkedGroups';

const names = linkedNames;

test('an undefined acronym links to a name whose last words it abbreviates: "the Canadian Space Exploration Agency" … "SEA"', () => {
  const text = 'The Canadian Space Exploration Agency chose a crew. SEA engineers trained them.';
  assert.deepEqual(names(text, [at(text, 'Canadian Space Exploration Agency', 'organization'), at(text, 'SEA', 'organization')]),
    ['Canadian Space Exploration Agency→Canadian Space Exploration Agency', 'SEA→Canadian Space Exploration Agency']);
});

test('an acronym keeping another language\'s order links to the English name: "FIBA" … "International Basketball Federation"', () => {
  const text = 'FIBA fined the club. The International Basketball Federation said the fine was final.';
  assert.deepEqual(names(text, [at(text, 'FIBA', 'organization'), at(text, 'International Basketball Federation', 'organization')]),
    ['FIBA→International Basketball Federation', 'International Basketball Federation→International Basketball Federation']);
  // Letters that are not the initials, or more than one letter over, link nothing.
  const not = 'The International Basketball Federation met. FIFA and BFIXQ did not.';
  const r = names(not, [at(not, 'International Basketball Federation', 'organization'), at(not, 'FIFA', 'organization'), at(not, 'BFIXQ', 'organization')]);
  assert.deepEqual(r, ['International Basketball Federation→International Basketball Federation', 'FIFA→FIFA', 'BFIXQ→BFIXQ']);
});

test('a clipped short form links to the council it clips, without brackets: "Executive Council" … "ExCo"', () => {
  const text = 'The Macao Executive Council met on Monday. ExCo members backed the plan.';
  assert.deepEqual(names(text, [at(text, 'Macao Executive Council', 'organization'), at(text, 'ExCo', 'organization')]),
    ['Macao Executive Council→Macao Executive Council', 'ExCo→Macao Executive Council']);
});
