import assert from 'node:assert/strict';
import { test } from 'node:test';
import { surnamePeople } from '../../../server/src/analysis/entities/surnamePeople';
import { at, run, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of current agency news.

test('a surname that tells reporters or lawmakers something is a person ("Okonkwo told reporters")', () => {
  const text = 'Okonkwo told reporters in Abuja that the subsidy would not return. Okonkwo later left for Paris.';
  const ms = [at(text, 'Okonkwo', 'organization'), at(text, 'Abuja', 'location'), at(text, 'Okonkwo', 'organization', 'detected', 40), at(text, 'Paris', 'location')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Okonkwo/person', 'Abuja/location', 'Okonkwo/person', 'Paris/location']);
});

test('a surname sworn in or stepping down is a person, whatever the tagger typed it', () => {
  const text = 'Valdivieso was sworn in for a second term on Saturday.';
  assert.deepEqual(shown(text, surnamePeople(text, [at(text, 'Valdivieso', 'location')])), ['Valdivieso/person']);
});

test('a company speaking to a news agency stays a company ("Tesla told Reuters")', () => {
  const text = 'Norvanta told Xinhua that its new plant would open in March.';
  const ms = [at(text, 'Norvanta', 'organization'), at(text, 'Xinhua', 'organization')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Norvanta/organization', 'Xinhua/organization']);
});

test('a sentence\'s subject whose first pronoun is "his" or "her" is a person ("Okonkwo promised … in his first year")', () => {
  const text = 'Okonkwo promised to cut fuel prices in his first year in office.';
  assert.deepEqual(shown(text, surnamePeople(text, [at(text, 'Okonkwo', 'organization')])), ['Okonkwo/person']);
  const weekday = 'On Tuesday, Okonkwo said she would seek a second term.';
  assert.deepEqual(shown(weekday, surnamePeople(weekday, [at(weekday, 'Okonkwo', 'organization')])), ['Okonkwo/person']);
});

test('a pronoun after another name, or a subject inside a sentence, says nothing of the name', () => {
  const text = 'Norvanta signed a deal with Jane Roe, and praised her team.';
  const ms = [at(text, 'Norvanta', 'organization'), at(text, 'Jane Roe', 'person')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Norvanta/organization', 'Jane Roe/person']);
  const inside = 'Police in Lagos arrested him on Friday.';
  assert.deepEqual(shown(inside, surnamePeople(inside, [at(inside, 'Lagos', 'location')])), ['Lagos/location']);
});

test('two one-word names the tagger ran together split when they act as two parties ("Mirziyoyev and Xi signed")', () => {
  const text = 'Tokayev and Xi signed a joint statement after the talks.';
  assert.deepEqual(run(text, [at(text, 'Tokayev and Xi', 'person')]), ['Tokayev/person', 'Xi/person']);
  const one = 'Johnson and Johnson held talks with regulators.';
  assert.deepEqual(run(one, [at(one, 'Johnson and Johnson', 'organization')]), ['Johnson and Johnson/organization']);
});

test('a one-word name acting together with a surname found a person is a person too ("Mirziyoyev and Xi signed")', () => {
  const text = 'Tokayev and Xi signed a joint statement after the talks.';
  const ms = [at(text, 'Tokayev', 'organization'), at(text, 'Xi', 'organization')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Tokayev/person', 'Xi/person']);
});
