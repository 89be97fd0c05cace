import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesAfterIn } from '../../../server/src/analysis/entities/placesAfterIn';
import type { RawMention } from '../../../server/src/analysis/types';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: RawMention[]) => placesAfterIn(text, ms).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('a name after "in" read as a person is a place ("Powell said in Jackson Hole")', () => {
  const text = 'Powell said in Jackson Hole that rates could fall. Refugees in Cox Bazar waited for aid.';
  const ms = [at(text, 'Powell', 'person'), at(text, 'Jackson Hole', 'person'), at(text, 'Cox Bazar', 'person')];
  assert.deepEqual(show(text, ms), ['Powell/person', 'Jackson Hole/location', 'Cox Bazar/location']);
});

test('a possessive, a verb\'s "in", trust "in" someone, and a person named elsewhere stay people', () => {
  const text = "In Xi Jinping's words, the door is open. Markets kept faith in Jerome Powell. He drove in Tyler Houston. "
    + 'Ties warmed in Anwar Ibrahim\'s term; Anwar Ibrahim visited Beijing, and talks began in Anwar Ibrahim.';
  const ms = [at(text, 'Xi Jinping', 'person'), at(text, 'Jerome Powell', 'person'), at(text, 'Tyler Houston', 'person'),
    at(text, 'Anwar Ibrahim', 'person'), at(text, 'Anwar Ibrahim', 'person', 'detected', 150), at(text, 'Anwar Ibrahim', 'person', 'detected', 180)];
  assert.deepEqual(placesAfterIn(text, ms), ms);
});
