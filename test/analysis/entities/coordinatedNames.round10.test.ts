import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitCoordinatedNames } from '../../../server/src/analysis/entities/coordinatedNames';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: ReturnType<typeof at>[]) => splitCoordinatedNames(text, ms).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('two names joined by "and" are cut where the article names one half on its own ("Macron and Xi" after "Macron")', () => {
  const text = 'Macron greeted the guests. Macron and Xi will later travel to the Pyrenees.';
  const ms = [at(text, 'Macron', 'person'), at(text, 'Macron and Xi', 'organization', 'detected', 10), at(text, 'Pyrenees', 'location')];
  assert.deepEqual(show(text, ms), ['Macron/person', 'Macron/organization', 'Xi/organization', 'Pyrenees/location']);
  const firms = 'Exports rose at Geely. Analysts at Geely and Chery said margins would narrow.';
  const fs = [at(firms, 'Geely', 'organization'), at(firms, 'Geely and Chery', 'organization', 'detected', 20)];
  assert.deepEqual(show(firms, fs), ['Geely/organization', 'Geely/organization', 'Chery/organization']);
});

test('a name holding "and" whose halves are not named alone stays whole, and a work title is never cut', () => {
  const text = 'Trinidad and Tobago beat Jamaica. Fans of Tom and Jerry met Jamaica.';
  const ms = [at(text, 'Trinidad and Tobago', 'location'), at(text, 'Jamaica', 'location'), at(text, 'Tom and Jerry', 'misc')];
  assert.deepEqual(show(text, ms), ['Trinidad and Tobago/location', 'Jamaica/location', 'Tom and Jerry/misc']);
});
