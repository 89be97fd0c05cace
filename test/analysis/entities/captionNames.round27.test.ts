import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { captionPeople } from '../../../server/src/analysis/entities/captionPeople';
import { placeEndings } from '../../../server/src/analysis/entities/placeEndings';
import { NO_GAZETTEER, placesGazetteer, type Gazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s sports photo captions.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('a caption opening with a club named before its city keeps the club whole, and its player is a person ("Real Madrid\'s Rodrygo Goes celebrates")', () => {
  const out = names("Real Madrid's Rodrygo Goes celebrates after scoring in Madrid, Spain, April 4, 2026.");
  assert.ok(out.includes('Real Madrid/organization'), out.join(', '));
  assert.ok(out.includes('Rodrygo Goes/person'), out.join(', '));
});

test('a player named by one word after a club\'s possessive in a caption is a person ("Real Madrid\'s Endrick celebrates")', () => {
  assert.ok(names("Real Madrid's Endrick celebrates with teammates in Madrid, Spain, April 4, 2026.").includes('Endrick/person'));
});

test('a company\'s product before a verb no person-only act is untouched ("Huawei\'s Mate series sells")', () => {
  const text = "Huawei's Pura series sells well.";
  const ms = [at(text, 'Huawei', 'organization'), at(text, 'Pura', 'misc')];
  assert.deepEqual(shown(text, captionPeople(text, ms, [], NO_GAZETTEER)), ['Huawei/organization', 'Pura/misc']);
});

test('a caption\'s player named in the body too is one person, not a second organization', () => {
  const text = 'Rodrygo Goes scored twice as Real Madrid beat Sevilla.\nReal Madrid\'s Rodrygo Goes celebrates after scoring against Sevilla in Madrid, Spain, March 2, 2026.';
  const people = analyzer.analyze(text).mentions.filter((m) => m.text === 'Rodrygo Goes').map((m) => m.type);
  assert.deepEqual(people, ['person', 'person']);
});

test('a place ending a name the gazetteers know only as an organization takes in the word before it ("Inter" + "Milan")', () => {
  const gz: Gazetteer = { ...NO_GAZETTEER, isKnownOrganization: (n) => n.toLowerCase() === 'inter milan' };
  const text = 'Inter Milan beat Napoli in Milan on Sunday.';
  const ms = [at(text, 'Milan', 'location'), at(text, 'Napoli', 'organization'), at(text, 'Milan', 'location', 'detected', 20)];
  assert.deepEqual(shown(text, placeEndings(text, ms, [], gz)), ['Inter Milan/organization', 'Napoli/organization', 'Milan/location']);
});

test('a place after a word that makes no known organization with it stays a place ("Central Madrid")', () => {
  const text = 'Traffic stopped in Central Madrid.';
  assert.deepEqual(shown(text, placeEndings(text, [at(text, 'Madrid', 'location')], [], NO_GAZETTEER)), ['Madrid/location']);
});

test('a listed company\'s robot that waves in a caption stays what the tagger made it ("Tesla\'s Optimus waves")', () => {
  const text = "Tesla's Optimus waves to visitors at the expo in Shanghai.";
  const ms = [at(text, 'Tesla', 'organization'), at(text, 'Optimus', 'misc'), at(text, 'Shanghai', 'location')];
  assert.deepEqual(shown(text, captionPeople(text, ms, [], placesGazetteer(['Shanghai'], ['Tesla']))), ['Tesla/organization', 'Optimus/misc', 'Shanghai/location']);
});
