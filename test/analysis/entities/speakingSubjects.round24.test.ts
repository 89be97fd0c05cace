import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { speakingSubjects } from '../../../server/src/analysis/entities/speakingSubjects';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of defence and business news of the 2020s.

const rare = ['Halvorsk', 'Qorvath', 'Tamsel'];
const gazetteer = placesGazetteer(['Manila'], ['Ryanair'], rare, {});
const apply = (text: string, ms: RawMention[]) => shown(text, speakingSubjects(text, ms, tokenize(text).tokens, gazetteer));
const doubted = (text: string, s: string, type: RawMention['type'], score = 0.6): RawMention => ({ ...at(text, s, type), score });

test('an unknown name opening a sentence before an adverb of time and "said" is a person ("X later said …")', () => {
  const text = 'The defense secretary landed in Manila on Monday. Halvorsk later said the alliance was stronger than ever.';
  assert.deepEqual(apply(text, [at(text, 'Manila', 'location'), doubted(text, 'Halvorsk', 'organization')]), ['Manila/location', 'Halvorsk/person']);
});

test('a weekday between the name and "said" is such an adverb too ("X on Monday said")', () => {
  const text = 'Qorvath on Monday said the ceasefire would hold.';
  assert.deepEqual(apply(text, []), ['Qorvath/person']);
});

test('"later said" followed by a thing\'s pronoun stays a company ("X later said it would appeal")', () => {
  const text = 'Tamsel later said it would appeal the fine.';
  assert.deepEqual(apply(text, [doubted(text, 'Tamsel', 'organization')]), ['Tamsel/organization']);
});
