import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventNames } from '../../../server/src/analysis/entities/eventNames';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of sport and culture news of the 2020s.

const apply = (text: string, ms: RawMention[]) => shown(text, eventNames(text, ms, tokenize(text).tokens));

test('a stage race named "Tour de …", "Tour of …" or "Giro d\'…" is misc, not the place it ends in', () => {
  const text = 'Vingegaard skipped the Giro d\'Italia to ride the Tour of Oman and the Tour de Suisse.';
  const ms = [at(text, 'Giro d\'Italia', 'location'), at(text, 'Tour of Oman', 'location'), at(text, 'Tour de Suisse', 'organization')];
  assert.deepEqual(apply(text, ms), ['Giro d\'Italia/misc', 'Tour of Oman/misc', 'Tour de Suisse/misc']);
});

test('an event head the tagger took alone takes in the capitalized word before it ("the Met Gala")', () => {
  const text = 'The Costume Gala raised $30 million. In Gala news, little changed.';
  const ms = [at(text, 'Gala', 'person'), at(text, 'Gala', 'person', 'detected', 30)];
  assert.deepEqual(apply(text, ms), ['Costume Gala/misc', 'Gala/person']);
});

test('Games named by host and year are one name ("the Brisbane 2032 Olympics")', () => {
  const text = 'Venues for the Brisbane 2032 Olympics and the Dakar 2026 Youth Olympic Games were approved.';
  const ms = [at(text, 'Brisbane', 'location'), at(text, 'Olympics', 'misc'), at(text, 'Dakar', 'location'), at(text, 'Youth Olympic Games', 'misc')];
  assert.deepEqual(apply(text, ms), ['Brisbane 2032 Olympics/misc', 'Dakar 2026 Youth Olympic Games/misc']);
});
