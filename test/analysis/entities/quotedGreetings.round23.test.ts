import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotedGreetings } from '../../../server/src/analysis/entities/quotedGreetings';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of culture and diplomacy news of the 2020s.

test('a greeting in another language opening a quotation is no name ("Ça va", "Grazie mille", "Danke schön")', () => {
  const text = '"Ça va très bien," a visitor from Lille said. "Grazie mille," the cardinal told pilgrims. "Danke schön," Merz said.';
  const ms = [at(text, 'Ça', 'location'), at(text, 'Lille', 'location'), at(text, 'Grazie mille', 'organization'), at(text, 'Danke', 'person'), at(text, 'Merz', 'person')];
  assert.deepEqual(shown(text, quotedGreetings(text, ms)), ['Lille/location', 'Merz/person']);
});

test('a mention running on past the greeting keeps the name after it ("Gracias Argentina!")', () => {
  const text = '"Gracias Argentina!" the singer told the crowd in Rosario.';
  const ms = [at(text, 'Gracias Argentina', 'location'), at(text, 'Rosario', 'location')];
  assert.deepEqual(shown(text, quotedGreetings(text, ms)), ['Argentina/location', 'Rosario/location']);
});

test('a name opening a quotation whose first word opens greetings too stays ("Buenos Aires is ready")', () => {
  const text = '"Buenos Aires is ready," the mayor said. "Merci" was the word of the day at Merci Bistro.';
  const ms = [at(text, 'Buenos Aires', 'location'), at(text, 'Merci Bistro', 'organization')];
  assert.deepEqual(shown(text, quotedGreetings(text, ms)), ['Buenos Aires/location', 'Merci Bistro/organization']);
});
