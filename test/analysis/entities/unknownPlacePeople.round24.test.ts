import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { unknownPlacePeople } from '../../../server/src/analysis/entities/unknownPlacePeople';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of diplomatic news of the 2020s.

const gazetteer = placesGazetteer(['Brazil', 'Argentina', 'Kharkiv']);
const apply = (text: string, ms: RawMention[]) => shown(text, unknownPlacePeople(text, ms, tokenize(text).tokens, gazetteer));

test('an unknown one-word name someone meets, ending the object, is a person ("no plans to meet X.")', () => {
  const text = 'The Kremlin said the president had no plans to meet Kovalenko. Envoys held talks with Ardani on Monday.';
  assert.deepEqual(apply(text, [at(text, 'Kovalenko', 'location'), at(text, 'Ardani', 'location')]), ['Kovalenko/person', 'Ardani/person']);
});

test('a known country met in a match, or a name before more words of the object, stays a place ("met Kharkiv residents")', () => {
  const text = 'Brazil will meet Argentina in the final. Officials met Dovbush residents.';
  const ms = [at(text, 'Brazil', 'location'), at(text, 'Argentina', 'location'), at(text, 'Dovbush', 'location')];
  assert.deepEqual(apply(text, ms), ['Brazil/location', 'Argentina/location', 'Dovbush/location']);
});
