import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

// Sentences written for these tests, in the style of sports and political news.

test('a full name typed a club is a person when the article names its surname alone as one ("Guardiola said")', () => {
  const text = 'Tomas Oriol praised his striker after the win over Brentford. Oriol said the title race was open.';
  const ms = [at(text, 'Tomas Oriol', 'organization'), at(text, 'Brentford', 'organization'), at(text, 'Oriol', 'person', 'detected', 60)];
  assert.deepEqual(run(text, ms), ['Tomas Oriol/person', 'Brentford/organization', 'Oriol/person']);
});

test('a name after "the" and its modifiers stays what it is, whoever else bears its last word', () => {
  const text = 'The 29-year-old Aston Villa defender was injured. Villa scored the winner for Spain.';
  const ms = [at(text, 'Aston Villa', 'organization'), at(text, 'Villa', 'person', 'detected', 40), at(text, 'Spain', 'location')];
  assert.deepEqual(run(text, ms), ['Aston Villa/organization', 'Villa/person', 'Spain/location']);
});

test('an Arabic article capitalized at the start of a sentence is the same person ("Al-Rahim" of "Omar al-Rahim")', () => {
  const text = 'Interim leader Omar al-Rahim arrived in Amman. Al-Rahim said the talks were useful.';
  const ms = [at(text, 'Omar al-Rahim', 'person'), at(text, 'Amman', 'location'), at(text, 'Al-Rahim', 'organization')];
  assert.deepEqual(run(text, ms), ['Omar al-Rahim/person', 'Amman/location', 'Al-Rahim/person']);
});

test('"Emir" and "Taoiseach" are titles before a name, not part of it', () => {
  const text = 'Taoiseach Sean Doyle welcomed Emir Khalid to Dublin.';
  const ms = [at(text, 'Taoiseach Sean Doyle', 'person'), at(text, 'Emir Khalid', 'person'), at(text, 'Dublin', 'location')];
  assert.deepEqual(run(text, ms), ['Sean Doyle/person', 'Khalid/person', 'Dublin/location']);
});
