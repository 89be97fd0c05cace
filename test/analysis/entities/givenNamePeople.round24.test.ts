import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { givenNamePeople } from '../../../server/src/analysis/entities/givenNamePeople';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of football news of the 2020s.

const rare = ['Kelvan', 'Mbokani', 'Ostrava', 'Dzeko', 'Arnavut', 'Zentrix'];
const gazetteer = placesGazetteer(['Morocco'], [], rare, { Robotics: 5000 });
const apply = (text: string, ms: RawMention[]) => shown(text, givenNamePeople(text, ms, tokenize(text).tokens, gazetteer));
const sure = (text: string, s: string, type: RawMention['type']): RawMention => ({ ...at(text, s, type), score: 0.97 });

test('a name of unseen words after a club\'s possessive that acts is a player, however sure the tagger ("Real Madrid\'s Kylian Mbappe scored")', () => {
  const text = 'Ostrava City\'s Kelvan Mbokani scored twice on Sunday.';
  assert.deepEqual(apply(text, [at(text, 'Ostrava City', 'organization'), sure(text, 'Kelvan Mbokani', 'organization')]), ['Ostrava City/organization', 'Kelvan Mbokani/person']);
});

test('a name after a possessive with a noun of a thing after it stays what the tagger said ("the club\'s X Y stadium")', () => {
  const text = 'Fans filled Ostrava City\'s Dzeko Arnavut stadium. Morocco\'s Zentrix Robotics said orders rose.';
  const ms = [at(text, 'Ostrava City', 'organization'), sure(text, 'Dzeko Arnavut', 'organization'), at(text, 'Morocco', 'location'), sure(text, 'Zentrix Robotics', 'organization')];
  assert.deepEqual(apply(text, ms), ['Ostrava City/organization', 'Dzeko Arnavut/organization', 'Morocco/location', 'Zentrix Robotics/organization']);
});
