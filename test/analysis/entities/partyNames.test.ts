import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a name an apposition calls a coalition partner is a party, in every mention: "Komeito, the junior coalition partner,"', () => {
  const text = 'Voters backed Komeito in Osaka. Komeito, the junior coalition partner, kept its seats.';
  const ms = [at(text, 'Komeito', 'person'), at(text, 'Osaka', 'location'), at(text, 'Komeito', 'person', 'detected', 20)];
  assert.deepEqual(run(text, ms), ['Komeito/organization', 'Osaka/location', 'Komeito/organization']);
});

test('a party noun right before the name is a cue too: "coalition partner Komeito", "the nationalist party Yamato"', () => {
  const text = 'He courted coalition partner Komeito and the nationalist party Yamato.';
  assert.deepEqual(run(text, [at(text, 'Komeito', 'person'), at(text, 'Yamato', 'person')]), ['Komeito/organization', 'Yamato/organization']);
});

test('a person the apposition calls a party leader or a managing partner stays a person', () => {
  const text = 'Tanaka, the party leader, met Hale, the managing partner, and party chief Sato.';
  const ms = [at(text, 'Tanaka', 'person'), at(text, 'Hale', 'person'), at(text, 'Sato', 'person')];
  assert.deepEqual(run(text, ms), ['Tanaka/person', 'Hale/person', 'Sato/person']);
});
