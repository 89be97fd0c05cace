import assert from 'node:assert/strict';
import { test } from 'node:test';
import { craftNames } from '../../../server/src/analysis/entities/craftNames';
import { productKinds } from '../../../server/src/analysis/entities/productKinds';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of science and technology news.

test('a coined designation the tagger missed before a noun for a chip or a craft is a product ("the Kestrel 7 rocket", "Vexa\'s K40 chip")', () => {
  const text = 'The Kestrel 7 rocket lifted off on Friday, and Vexa\'s K40 chip powers the ORCA lander.';
  assert.deepEqual(shown(text, productKinds(text, [at(text, 'Vexa', 'organization')])),
    ['Kestrel 7/misc', 'Vexa/organization', 'K40/misc', 'ORCA/misc']);
});

test('where a craft goes or when it flies is no designation ("the Mars rover", "the March launch")', () => {
  const text = 'The Mars rover and the Moon lander are ready; the March satellite launch slipped.';
  assert.deepEqual(shown(text, productKinds(text, [])), []);
});

test('a name typed person between a possessive and a noun for a craft is the craft ("Orbix\'s Tall Ellen rocket")', () => {
  const text = "Orbix's Tall Ellen rocket reached orbit.";
  const ms = [at(text, 'Orbix', 'organization'), at(text, 'Tall Ellen', 'person')];
  assert.deepEqual(shown(text, productKinds(text, ms)), ['Orbix/organization', 'Tall Ellen/misc']);
});

test('a name right before "telescope" is the instrument\'s, save an agency in capitals ("the Nereid telescope", "the ESA telescope")', () => {
  const text = 'Images from the Nereid telescope and the ESA telescope were released.';
  const ms = [at(text, 'Nereid', 'organization'), at(text, 'ESA', 'organization')];
  assert.deepEqual(shown(text, craftNames(text, ms)), ['Nereid/misc', 'ESA/organization']);
});

test('a model of car or phone the tagger missed is a product, while a maker it found stays ("Voltra\'s Q7 sedan", "the Voltra sedan")', () => {
  const text = "Voltra's Q7 sedan outsold the Voltra sedan of last year and the Nimbus X2 smartphone.";
  const ms = [at(text, 'Voltra', 'organization'), at(text, 'Voltra', 'organization', 'detected', 20)];
  assert.deepEqual(shown(text, productKinds(text, ms)), ['Voltra/organization', 'Q7/misc', 'Voltra/organization', 'Nimbus X2/misc']);
});
