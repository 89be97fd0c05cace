import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { surnamePeople } from '../../../server/src/analysis/entities/surnamePeople';
import type { RawMention } from '../../../server/src/analysis/types';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: RawMention[]) => surnamePeople(text, ms).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('a one-word name a person meets, or that meets a person, is a person ("Modi met Xi", "Starmer met Carney")', () => {
  const text = 'Modi met Xi on the sidelines of the summit. Starmer met Carney in Ottawa on Monday.';
  const ms = [at(text, 'Modi', 'person'), at(text, 'Xi', 'organization'), at(text, 'Starmer', 'organization'), at(text, 'Carney', 'person'), at(text, 'Ottawa', 'location')];
  assert.deepEqual(show(text, ms), ['Modi/person', 'Xi/person', 'Starmer/person', 'Carney/person', 'Ottawa/location']);
});

test('a possessive only people have ("Xi\'s state visit") makes every mention of that name a person', () => {
  const text = "Xi's state visit to Kazakhstan opened a new chapter. Xi also toured a logistics hub.";
  const ms = [at(text, 'Xi', 'organization'), at(text, 'Kazakhstan', 'location'), at(text, 'Xi', 'organization', 'detected', 10)];
  assert.deepEqual(show(text, ms), ['Xi/person', 'Kazakhstan/location', 'Xi/person']);
});

test('a Chinese surname that speaks is a person, and one named beside a person who meets ("Xi and Putin held talks")', () => {
  const text = 'Wang stressed that dialogue is the only way out. Xi and Putin held talks in the Kremlin.';
  const ms = [at(text, 'Wang', 'location'), at(text, 'Xi', 'organization'), at(text, 'Putin', 'person'), at(text, 'Kremlin', 'location')];
  assert.deepEqual(show(text, ms), ['Wang/person', 'Xi/person', 'Putin/person', 'Kremlin/location']);
});

test('teams and countries that meet or visit, and companies that speak, stay what they are', () => {
  const text = "Ireland's visit to Vaduz ended in a draw. The coach said his side met Betar twice. Nvidia said demand was strong. "
    + 'China and Russia held talks on Monday.';
  const ms = [at(text, 'Ireland', 'location'), at(text, 'Vaduz', 'location'), at(text, 'Betar', 'organization'), at(text, 'Nvidia', 'organization'),
    at(text, 'China', 'location'), at(text, 'Russia', 'location')];
  assert.deepEqual(show(text, ms), ['Ireland/location', 'Vaduz/location', 'Betar/organization', 'Nvidia/organization', 'China/location', 'Russia/location']);
});

test('a one-word name right after a title is a person ("President Xi arrived")', () => {
  assert.deepEqual(names('President Xi arrived in Astana on Tuesday for a state visit.'), ['Xi/person', 'Astana/location']);
});

test('a Chinese surname that acts ("Xi inspected"), a chair ("chaired by Xi") and a Chinese full name are people', () => {
  const text = 'Xi inspected a village in Guizhou. Jack Ma attended a symposium chaired by Xi. Pan Zhanle set a world record.';
  const ms = [at(text, 'Xi', 'location'), at(text, 'Guizhou', 'location'), at(text, 'Jack Ma', 'person'), at(text, 'Xi', 'organization', 'detected', 30),
    at(text, 'Pan Zhanle', 'organization')];
  assert.deepEqual(show(text, ms), ['Xi/person', 'Guizhou/location', 'Jack Ma/person', 'Xi/person', 'Pan Zhanle/person']);
});

test('a Chinese-looking pair inside a longer name or before a company word is no person ("Hong Kong Open", "Li Ning shares")', () => {
  const text = 'She won the Hong Kong Open as Li Ning shares rose.';
  const ms = [at(text, 'Kong Open', 'misc'), at(text, 'Li Ning', 'organization')];
  assert.deepEqual(surnamePeople(text, ms), ms);
});
