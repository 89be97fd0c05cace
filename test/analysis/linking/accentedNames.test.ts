import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutMarks } from '../../../server/src/analysis/linking/nameForms';
import { at, linkedNames } from './linkedGroups';

// Sentences written for these tests, in the style of wire copy whose captions drop the accents of the text.

const names = linkedNames;

test('a name spelt with and without its accents is one entity, named with them ("Zürich" … "Zurich")', () => {
  const text = 'Talks opened in Zurich on Monday. The Zürich round is the third this year.';
  assert.deepEqual(names(text, [at(text, 'Zurich', 'location'), at(text, 'Zürich', 'location')]), ['Zurich→Zürich', 'Zürich→Zürich']);
});

test('a surname without its accents links to the full name written with them ("Recep Tayyip Erdoğan" … "Erdogan")', () => {
  const text = 'President Recep Tayyip Erdoğan hosted the talks. Erdogan said a ceasefire was within reach.';
  assert.deepEqual(names(text, [at(text, 'Recep Tayyip Erdoğan', 'person'), at(text, 'Erdogan', 'person')]),
    ['Recep Tayyip Erdoğan→Recep Tayyip Erdoğan', 'Erdogan→Recep Tayyip Erdoğan']);
});

test('letters English copy writes plain fold too, and names that differ in their letters stay apart ("Łódź" is "Lodz", not "Lida")', () => {
  assert.equal(withoutMarks('Łódź'), 'Lodz');
  assert.equal(withoutMarks('Nguyễn Phú Trọng'), 'Nguyen Phu Trong');
  const text = 'Floods reached Łódź on Friday. Lodz officials and Lida officials met.';
  assert.deepEqual(names(text, [at(text, 'Łódź', 'location'), at(text, 'Lodz', 'location'), at(text, 'Lida', 'location')]),
    ['Łódź→Łódź', 'Lodz→Łódź', 'Lida→Lida']);
});
