import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { givenNamePeople } from '../../../server/src/analysis/entities/givenNamePeople';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of sport, politics and business news of the 2020s.

const rare = ['Varnholt', 'Okonkwo', 'Reyes', 'Brandvik', 'Salomir', 'Arvyna', 'Kestrova', 'Tadesse', 'Gebrehiwot', 'Zentrix'];
const gazetteer = placesGazetteer(['Lyon'], ['Stanley'], rare, { Morgan: 900, Robotics: 5000 }, ['Jannik', 'Trent', 'Morgan', 'Lena', 'Al']);
const apply = (text: string, ms: RawMention[]) => shown(text, givenNamePeople(text, ms, tokenize(text).tokens, gazetteer));
const doubted = (text: string, s: string, type: RawMention['type'], score = 0.6): RawMention => ({ ...at(text, s, type), score });

test('a given name and an unknown surname the tagger typed a company with doubt are a person ("Jannik Sinner won …")', () => {
  const text = 'Jannik Varnholt won the title in Lyon. The club signed Trent Okonkwo-Reyes.';
  const ms = [doubted(text, 'Jannik Varnholt', 'organization'), at(text, 'Lyon', 'location'), doubted(text, 'Trent Okonkwo-Reyes', 'misc')];
  assert.deepEqual(apply(text, ms), ['Jannik Varnholt/person', 'Lyon/location', 'Trent Okonkwo-Reyes/person']);
});

test('a firm named after its founder stays: a known company word, a frequent word, a firm\'s ending, or a sure tagger', () => {
  const text = 'Morgan Stanley cut its forecast. Lena Salomir Bros advised the deal. Trent Brandvik reported a loss.';
  const ms = [doubted(text, 'Morgan Stanley', 'organization'), doubted(text, 'Lena Salomir Bros', 'organization'), doubted(text, 'Trent Brandvik', 'organization', 0.95)];
  assert.deepEqual(apply(text, ms), ['Morgan Stanley/organization', 'Lena Salomir Bros/organization', 'Trent Brandvik/organization']);
});

test('a word of two letters is no given name here ("Al Nassr" is a club)', () => {
  const text = 'Ronaldo extended his contract with Al Brandvik.';
  assert.deepEqual(apply(text, [doubted(text, 'Al Brandvik', 'organization')]), ['Al Brandvik/organization']);
});

test('a name whose every word is rare is a person too, a company with a common word is not ("Aryna Sabalenka" vs "Unitree Robotics")', () => {
  const text = 'Arvyna Kestrova retained her title. Tadesse Gebrehiwot said the vaccine worked. Zentrix Robotics said orders rose.';
  const ms = [doubted(text, 'Arvyna Kestrova', 'organization'), doubted(text, 'Tadesse Gebrehiwot', 'misc'), doubted(text, 'Zentrix Robotics', 'organization')];
  assert.deepEqual(apply(text, ms), ['Arvyna Kestrova/person', 'Tadesse Gebrehiwot/person', 'Zentrix Robotics/organization']);
});
