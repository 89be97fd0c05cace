import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { makerModels } from '../../../server/src/analysis/entities/makerModels';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology and business news of the 2020s.

const known = placesGazetteer(['Bremen'], ['Lumina', 'Kestrel', 'Bremen']);
const apply = (text: string, ms: RawMention[]) => shown(text, makerModels(text, ms, tokenize(text).tokens, known));

test('a maker\'s possessive, a line\'s name and its generation are one product, even where the tagger missed the maker ("Nintendo\'s Switch 2")', () => {
  const text = "Kestrel's Nova 2 sold four million units in its first week.";
  assert.deepEqual(apply(text, [at(text, 'Nova', 'organization')]), ['Kestrel/organization', 'Nova 2/misc']);
});

test('a product\'s name the tagger cut at its number and read as a person is taken whole after the maker\'s possessive ("Claude Opus 4")', () => {
  const text = "Lumina's Vega Prime 4 was released to developers on Thursday.";
  assert.deepEqual(apply(text, [at(text, 'Lumina', 'organization'), at(text, 'Vega Prime', 'person')]), ['Lumina/organization', 'Vega Prime 4/misc']);
});

test('a possessive before a count or a score is no product ("Bremen\'s Weser 3 times")', () => {
  const text = "Harlow's Stadium 4.5 million visitors came, and Bremen's 2 goals.";
  assert.deepEqual(apply(text, []), []);
});

test('a known company, its series and a generation are one product ("the Huawei Mate 70 went on sale")', () => {
  const text = 'The Lumina Aster 70 went on sale on Wednesday, and the Kestrel 15 Ultra followed.';
  const ms = [at(text, 'Lumina Aster', 'organization'), at(text, 'Kestrel', 'organization'), at(text, 'Ultra', 'organization')];
  assert.deepEqual(apply(text, ms), ['Lumina Aster 70/misc', 'Kestrel 15 Ultra/misc']);
});

test('a company named in a table of results keeps its score ("Bremen Werder 2 (Kirsten 30) Lumina 1", "Kestrel 2 Lumina 1")', () => {
  const text = 'Lumina Rovers 2 (Kirsten 30) Kestrel 1. Kestrel 2, Lumina Rovers 3 points.';
  const ms = [at(text, 'Lumina Rovers', 'organization'), at(text, 'Kestrel', 'organization'), at(text, 'Kestrel', 'organization', 'detected', 40), at(text, 'Lumina Rovers', 'organization', 'detected', 50)];
  assert.deepEqual(apply(text, ms), ['Lumina Rovers/organization', 'Kestrel/organization', 'Kestrel/organization', 'Lumina Rovers/organization']);
});

test('a team in capitals after a score is no variant of a product ("Lumina Rovers 3 NEW YORK 2")', () => {
  const text = 'Lumina Rovers 3 NEW YORK 2 Kestrel 4 HOUSTON 3';
  const ms = [at(text, 'Lumina Rovers', 'organization'), at(text, 'NEW YORK', 'organization'), at(text, 'Kestrel', 'organization'), at(text, 'HOUSTON', 'organization')];
  assert.deepEqual(apply(text, ms), ['Lumina Rovers/organization', 'NEW YORK/organization', 'Kestrel/organization', 'HOUSTON/organization']);
});

test('a club\'s possessive name in a table of results is no maker\'s product ("Harlow\'s Old Rovers 0 Velez Town 2")', () => {
  const text = "Union 6 Harlow's Old Rovers 1 Velez Town 2, Kestrel's Athletic 0.";
  const ms = [at(text, 'Harlow', 'organization'), at(text, 'Old Rovers', 'organization'), at(text, 'Kestrel', 'organization'), at(text, 'Athletic', 'organization')];
  assert.deepEqual(apply(text, ms), ['Harlow/organization', 'Old Rovers/organization', 'Kestrel/organization', 'Athletic/organization']);
});

test('a time or a figure with a decimal comma after a name is no generation ("Lumina Aster 4 hours", "Kestrel Christine 36,5")', () => {
  const text = 'Lumina Aster 4 hours 4 minutes. Kestrel Christine 36,5 tonnes.';
  const ms = [at(text, 'Lumina Aster', 'misc'), at(text, 'Kestrel Christine', 'organization')];
  assert.deepEqual(apply(text, ms), ['Lumina Aster/misc', 'Kestrel Christine/organization']);
});
