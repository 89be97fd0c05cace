import assert from 'node:assert/strict';
import { test } from 'node:test';
import { awardedWorks } from '../../../server/src/analysis/entities/awardedWorks';
import { NO_GAZETTEER } from '../../../server/src/analysis/entities/gazetteer';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s culture news.
const run = (text: string, ms: ReturnType<typeof at>[]) => shown(text, awardedWorks(text, ms, tokenize(text).tokens, NO_GAZETTEER));

test('a film title opening with "The" keeps it when the film sweeps the Oscars ("The Brutalist won three Oscars")', () => {
  const text = 'The Brutalist won three Oscars, including best actor.';
  assert.deepEqual(run(text, [at(text, 'Brutalist', 'misc'), at(text, 'Oscars', 'misc')]), ['The Brutalist/misc', 'Oscars/misc']);
});

test('a film after a lower-case "the" does not take it in ("the Zone won four Oscars")', () => {
  const text = 'Critics said the Zone won four Oscars on merit.';
  assert.deepEqual(run(text, [at(text, 'Zone', 'organization'), at(text, 'Oscars', 'misc')]), ['Zone/misc', 'Oscars/misc']);
});

test('the first of two films that each sweep the Oscars is a work too, though the tagger doubted it a person ("Kestrel and The Long Tide won three Oscars each")', () => {
  const text = 'Kestrel and The Long Tide won three Oscars each.';
  const ms = [{ ...at(text, 'Kestrel', 'person'), score: 0.4 }, at(text, 'The Long Tide', 'misc'), at(text, 'Oscars', 'misc')];
  assert.deepEqual(run(text, ms), ['Kestrel/misc', 'The Long Tide/misc', 'Oscars/misc']);
});

test('a person the tagger is sure of stays a person beside a sweeping film ("Dana Whitfield and The Long Tide won three Oscars each")', () => {
  const text = 'Dana Whitfield and The Long Tide won three Oscars each.';
  const ms = [{ ...at(text, 'Dana Whitfield', 'person'), score: 0.95 }, at(text, 'The Long Tide', 'misc'), at(text, 'Oscars', 'misc')];
  assert.deepEqual(run(text, ms), ['Dana Whitfield/person', 'The Long Tide/misc', 'Oscars/misc']);
});
