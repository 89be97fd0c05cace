import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const speakers = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => q.speaker && { text: q.speaker.text, name: q.speaker.name });
const PINTO: EntitySpec = { name: 'Laura Pinto', type: 'person', forms: ['Laura Pinto', 'Pinto'], roles: ['health minister'] };
const CARVALHO: EntitySpec = { name: 'Rui Carvalho', type: 'person', forms: ['Rui Carvalho', 'Carvalho'], roles: ['head'] };

test('"she" in a paragraph that opens with a role naming someone else than the last speaker ("The minister rejected the criticism.") is that one', () => {
  const text = '"Patients have waited too long," Health Minister Laura Pinto told reporters.\n"We have been losing nurses for years," Carvalho said.\nThe minister rejected the criticism. "Every bed needs a nurse," she said.';
  const said = speakers(text, [PINTO, CARVALHO]);
  assert.equal(said[2]?.name, 'Laura Pinto');
});

test('a role in a paragraph that names the person just before it is an epithet for that person, not another with that role', () => {
  const text = 'Journalist Ana Lopez won the award in 2019.\nNews anchor Maria Ruiz answered the critics in a letter. The veteran journalist said she was worried about her daughter. "I will not stay silent," she wrote.';
  const specs: EntitySpec[] = [{ name: 'Ana Lopez', type: 'person', forms: ['Ana Lopez'], roles: ['journalist'] }, { name: 'Maria Ruiz', type: 'person', forms: ['Maria Ruiz'], roles: ['news anchor'] }];
  assert.equal(speakers(text, specs)[0]?.name, 'Maria Ruiz');
});
