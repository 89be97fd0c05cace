import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { speakingSubjects } from '../../../server/src/analysis/entities/speakingSubjects';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of diplomacy and business news of the 2020s.

const rare = ['Ostrovska', 'Delacroixe', 'Varnholt', 'Kessaba', 'Norvexa', 'Fidelka', 'Brevalis', 'Qorvath', 'Tamsel'];
const gazetteer = placesGazetteer(['Kenya', 'Nairobi'], ['Ryanair'], rare, { Hezvara: 2500, Kolvane: 40000 });
const apply = (text: string, ms: RawMention[]) => shown(text, speakingSubjects(text, ms, tokenize(text).tokens, gazetteer));
const doubted = (text: string, s: string, type: RawMention['type'], score = 0.6): RawMention => ({ ...at(text, s, type), score });

test('an unknown one-word name the tagger doubted, opening a sentence before a leader\'s verb, is a person ("Hegseth warned …")', () => {
  const text = 'Varnholt warned that the ministry would respond. Kessaba insisted that Kenya would not accept foreign troops on its soil.';
  const ms = [doubted(text, 'Varnholt', 'organization'), doubted(text, 'Kessaba', 'location'), at(text, 'Kenya', 'location')];
  assert.deepEqual(apply(text, ms), ['Varnholt/person', 'Kessaba/person', 'Kenya/location']);
});

test('every mention of the name follows, the later ones too ("Varnholt later said")', () => {
  const text = 'Varnholt vowed to press ahead. Varnholt later said the strikes had hit their targets.';
  const ms = [doubted(text, 'Varnholt', 'organization'), doubted(text, 'Varnholt', 'misc')];
  ms[1] = { ...at(text, 'Varnholt', 'misc', 'detected', 10), score: 0.6 };
  assert.deepEqual(apply(text, ms), ['Varnholt/person', 'Varnholt/person']);
});

test('plain "said" is no cue: agencies and companies the gazetteers lack say things as people do', () => {
  const text = 'Norvexa said quarterly earnings rose 12 percent.';
  assert.deepEqual(apply(text, [doubted(text, 'Norvexa', 'organization')]), ['Norvexa/organization']);
});

test('a name the tagger typed surely, or a gazetteer lists, stays ("Ryanair warned of higher fares")', () => {
  const text = 'Ryanair warned of higher fares. Fidelka vowed to contest every seat. Nairobi urged calm.';
  const ms = [doubted(text, 'Ryanair', 'organization'), doubted(text, 'Fidelka', 'organization', 0.97), doubted(text, 'Nairobi', 'location')];
  assert.deepEqual(apply(text, ms), ['Ryanair/organization', 'Fidelka/organization', 'Nairobi/location']);
});

test('a frequent word of the vocabulary keeps the tagger\'s type, a rarer one does not ("Hezbollah vowed" vs "Orban vowed")', () => {
  const text = 'Hezvara vowed to retaliate. Kolvane vowed to veto the package.';
  const ms = [doubted(text, 'Hezvara', 'organization'), doubted(text, 'Kolvane', 'organization')];
  assert.deepEqual(apply(text, ms), ['Hezvara/organization', 'Kolvane/person']);
});

test('"the" before the name, a place\'s preposition, or a thing\'s pronoun after the verb keeps it', () => {
  const text = 'Brevalis warned its margins would shrink. Qorvath vowed revenge. The Qorvath movement grew. Tamsel condemned the attack. Aid arrived in Tamsel.';
  const ms = [doubted(text, 'Brevalis', 'organization'), doubted(text, 'Qorvath', 'organization'), at(text, 'Qorvath', 'misc', 'detected', 40),
    doubted(text, 'Tamsel', 'location'), at(text, 'Tamsel', 'location', 'detected', 90)];
  assert.deepEqual(apply(text, ms), ['Brevalis/organization', 'Qorvath/organization', 'Qorvath/misc', 'Tamsel/location', 'Tamsel/location']);
});

test('a rare word the tagger missed, opening a sentence before a leader\'s verb, gets a person mention; a common word does not', () => {
  const text = 'Ostrovska thanked European partners for their support. Officials warned of more strikes. Delacroixe said little.';
  assert.deepEqual(apply(text, [at(text, 'European', 'misc')]), ['Ostrovska/person', 'European/misc']);
});
