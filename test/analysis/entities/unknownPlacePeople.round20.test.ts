import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { unknownPlacePeople } from '../../../server/src/analysis/entities/unknownPlacePeople';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of diplomatic and political news of the 2020s.

const known = placesGazetteer(['Tashkent', 'Ankara', 'Hungary']);
const apply = (text: string, ms: RawMention[]) => shown(text, unknownPlacePeople(text, ms, tokenize(text).tokens, known));

test('a one-word name typed place that is the source of a report is a person ("according to X,")', () => {
  const text = 'According to Nurmatov, the new line will reach Tashkent by 2027.';
  assert.deepEqual(apply(text, [at(text, 'Nurmatov', 'location'), at(text, 'Tashkent', 'location')]), ['Nurmatov/person', 'Tashkent/location']);
});

test('a name typed place with "who" or an age in apposition is a person ("X, who chairs …", "X, 61,")', () => {
  const text = 'Vasquez, who chairs the council, spoke first. Okonjo, 61, followed.';
  assert.deepEqual(apply(text, [at(text, 'Vasquez', 'location'), at(text, 'Okonjo', 'location')]), ['Vasquez/person', 'Okonjo/person']);
});

test('a name typed place with supporters, or a visit or remarks by it, is a person', () => {
  const text = 'Supporters of Dlamini marched on Friday. The visit by Kowalczyk comes a week later.';
  assert.deepEqual(apply(text, [at(text, 'Dlamini', 'location'), at(text, 'Kowalczyk', 'location')]), ['Dlamini/person', 'Kowalczyk/person']);
});

test('a name typed place that congratulates or says something is a person, unless a gazetteer knows the place', () => {
  const text = 'Bekov congratulated the athletes. Ankara said the talks would go on.';
  assert.deepEqual(apply(text, [at(text, 'Bekov', 'location'), at(text, 'Ankara', 'location')]), ['Bekov/person', 'Ankara/location']);
});

test('a name the article also puts after "in" or "town of" stays a place, and so does one inside a longer phrase', () => {
  const text = 'Floods cut roads in Marlow on Monday. Marlow said aid was coming. A farmer in the town of Brindle told reporters. Coast Radio said so.';
  const ms = [at(text, 'Marlow', 'location'), at(text, 'Marlow', 'location', 'detected', 30), at(text, 'Brindle', 'location'), at(text, 'Radio', 'location')];
  assert.deepEqual(apply(text, ms), ['Marlow/location', 'Marlow/location', 'Brindle/location', 'Radio/location']);
});

test('the shipped gazetteer knows places of recent news its 1990s lists lack, so they stay places', async () => {
  const { loadEntityRecognizer } = await import('../../../server/src/analysis/entities/entityModels');
  const gazetteer = loadEntityRecognizer('fast').gazetteer!;
  const text = 'Timor-Leste said it would join the bloc. Guangxi reported heavy rain.';
  const ms = [at(text, 'Timor-Leste', 'location'), at(text, 'Guangxi', 'location')];
  assert.deepEqual(shown(text, unknownPlacePeople(text, ms, tokenize(text).tokens, gazetteer)), ['Timor-Leste/location', 'Guangxi/location']);
  assert.equal(gazetteer.isKnownPlace('Nairobi'), true);
  assert.equal(gazetteer.isKnownPlace('Tebboune'), false);
});

test('a hyphenated surname typed place is a person on the same cues ("according to Abu-Sitta,")', () => {
  const text = 'According to Abu-Sitta, the clinic has run out of fuel.';
  assert.deepEqual(apply(text, [at(text, 'Abu-Sitta', 'location')]), ['Abu-Sitta/person']);
});
