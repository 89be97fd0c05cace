import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeHeads } from '../../../server/src/analysis/entities/placeHeads';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: Parameters<typeof placeHeads>[1]) => placeHeads(text, ms).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('a building or venue is a place, whatever the tagger made of it ("the Great Hall of the People", "Workers\' Stadium")', () => {
  const text = 'Leaders met at the Great Hall of the People before the gala at the Workers\' Stadium and a rally in Tiananmen Square.';
  const ms = [at(text, 'Great Hall of the People', 'organization'), at(text, "Workers' Stadium", 'misc'), at(text, 'Tiananmen Square', 'location')];
  assert.deepEqual(show(text, ms), ['Great Hall of the People/location', "Workers' Stadium/location", 'Tiananmen Square/location']);
});

test('clubs, chambers, a hall of fame and a person named Hall stay as tagged', () => {
  const text = 'Crystal Palace beat Leeds; the House of Commons voted; she entered the Basketball Hall of Fame; Tony Hall spoke.';
  const ms = [at(text, 'Crystal Palace', 'organization'), at(text, 'Leeds', 'organization'), at(text, 'House of Commons', 'organization'),
    at(text, 'Basketball Hall of Fame', 'misc'), at(text, 'Tony Hall', 'person')];
  assert.deepEqual(placeHeads(text, ms), ms);
});
