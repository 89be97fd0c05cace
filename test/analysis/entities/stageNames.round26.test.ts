import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { stageNames } from '../../../server/src/analysis/entities/stageNames';
import { NO_GAZETTEER } from '../../../server/src/analysis/entities/gazetteer';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s culture news.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);
const rule = (text: string, ms: RawMention[]) => shown(text, stageNames(text, ms, tokenize(text).tokens, NO_GAZETTEER));

test('a stage name of common words followed by a performer\'s verb is a person ("Burna Boy performed")', () => {
  assert.deepEqual(names('Burna Boy performed at the stadium in Lagos on Saturday night.'), ['Burna Boy/person', 'Lagos/location']);
});

test('a stage name opening with "The" before a performer\'s possession is a person with its "The" ("The Weeknd\'s tour")', () => {
  assert.deepEqual(names("The Weeknd's tour will stop in Toronto next month."), ['The Weeknd/person', 'Toronto/location']);
});

test('"DJ" before a stage name is a title, the name after it a person ("DJ Black Coffee won the Grammy")', () => {
  assert.deepEqual(names('DJ Black Coffee won the Grammy for best dance album.').slice(0, 1), ['Black Coffee/person']);
});

test('a stage name whose first word the tagger left out takes it back before a performer\'s verb ("Bad Bunny sang")', () => {
  assert.deepEqual(names('Bad Bunny sang in Spanish at the halftime show.').slice(0, 1), ['Bad Bunny/person']);
});

test('a performer\'s noun before a name makes it a person, and its other mentions too ("the rapper Burna Boy")', () => {
  const text = 'The rapper Burna Boy released a new record on Friday. Burna Boy will play in Accra.';
  const ms = [at(text, 'Burna Boy', 'misc'), at(text, 'Burna Boy', 'organization', 'detected', 30), at(text, 'Accra', 'location')];
  assert.deepEqual(rule(text, ms), ['Burna Boy/person', 'Burna Boy/person', 'Accra/location']);
});

test('a band named by a plural word stays as the tagger typed it ("Arctic Monkeys performed")', () => {
  const text = 'Arctic Monkeys performed in Dublin.';
  const ms = [at(text, 'Arctic Monkeys', 'organization'), at(text, 'Dublin', 'location')];
  assert.deepEqual(rule(text, ms), ['Arctic Monkeys/organization', 'Dublin/location']);
});

test('a name without a performer\'s cue stays as the tagger typed it ("Black Coffee shares rose")', () => {
  const text = 'Black Coffee shares rose in Johannesburg.';
  const ms = [at(text, 'Black Coffee', 'organization'), at(text, 'Johannesburg', 'location')];
  assert.deepEqual(rule(text, ms), ['Black Coffee/organization', 'Johannesburg/location']);
});

test('a performing company or a club is no stage name ("Hangzhou Philharmonic performed", "the Acrobatic Troupe performed")', () => {
  const text = 'The Hangzhou Philharmonic performed in Vienna, and the Guangxi Acrobatic Troupe performed in Paris.';
  const ms = [at(text, 'Hangzhou Philharmonic', 'organization'), at(text, 'Vienna', 'location'), at(text, 'Guangxi Acrobatic Troupe', 'misc'), at(text, 'Paris', 'location')];
  assert.deepEqual(rule(text, ms), ['Hangzhou Philharmonic/organization', 'Vienna/location', 'Guangxi Acrobatic Troupe/misc', 'Paris/location']);
});

test('a club\'s "tour of" a region is no performer\'s cue ("Inter Miami\'s tour of Asia")', () => {
  assert.deepEqual(names("Inter Miami's tour of Asia drew big crowds."), ['Inter Miami/organization', 'Asia/location']);
});
