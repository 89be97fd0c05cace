import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headlineNames, shoutedNames } from '../../../server/src/analysis/entities/headlineNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of agency news of the 2020s.

test('a subhead in capitals keeps the name of several words the article writes normally, with its type ("STRAIT OF HORMUZ TENSIONS")', () => {
  const text = 'Oil prices jumped on Monday after Iran warned it could close the Strait of Hormuz.\nSTRAIT OF HORMUZ TENSIONS\nTankers slowed near the Strait of Hormuz as tensions rose, shippers said.';
  const ms = [at(text, 'Iran', 'location'), at(text, 'Strait of Hormuz', 'location'), at(text, 'STRAIT OF HORMUZ TENSIONS', 'organization'),
    at(text, 'Strait of Hormuz', 'location', 'detected', 100)];
  assert.deepEqual(shown(text, headlineNames(text, ms)), ['Iran/location', 'Strait of Hormuz/location', 'STRAIT OF HORMUZ/location', 'Strait of Hormuz/location']);
});

test('a name in capitals keeps its words when a word left out is one the article never writes in lower case ("MACAU OPEN")', () => {
  const text = 'SQUASH - MACAU OPEN SEMIFINALS\nThe top seed beat a qualifier in Macau on Friday, and the home crowd in Macau cheered.';
  const ms = [at(text, 'MACAU OPEN', 'misc'), at(text, 'Macau', 'location'), at(text, 'Macau', 'location', 'detected', text.indexOf('Macau') + 1)];
  assert.deepEqual(shown(text, headlineNames(text, ms)), ['MACAU OPEN/misc', 'Macau/location', 'Macau/location']);
});

test('a name on a line in capitals takes the type the article ends up giving the same name ("KHAN YOUNIS" as "in Khan Younis")', () => {
  const text = 'Air strikes hit southern Gaza overnight, medics said.\nKHAN YOUNIS\nFamilies fled Khan Younis on foot after the strikes on Khan Younis.';
  const ms = [at(text, 'Gaza', 'location'), at(text, 'KHAN YOUNIS', 'person'), at(text, 'Khan Younis', 'location'), at(text, 'Khan Younis', 'location', 'detected', 100)];
  assert.deepEqual(shown(text, shoutedNames(text, ms)), ['Gaza/location', 'KHAN YOUNIS/location', 'Khan Younis/location', 'Khan Younis/location']);
});

test('a dateline, a name in capitals read as a place, and a name the article types two ways keep their own type', () => {
  const text = 'DENVER, May 3 (Reuters) - Denver beat Boston 4-2 on Friday.\nTORONTO AT BOSTON\nMARLOW REACHES FINAL\nMarlow, the club, and Marlow, the town, both celebrated.';
  const ms = [at(text, 'DENVER', 'location'), at(text, 'Denver', 'organization'), at(text, 'Boston', 'organization'), at(text, 'TORONTO', 'location'),
    at(text, 'BOSTON', 'location'), at(text, 'MARLOW', 'person'), at(text, 'Marlow', 'organization'), at(text, 'Marlow,', 'location', 'detected', 120)];
  ms[ms.length - 1] = { ...ms[ms.length - 1], end: ms[ms.length - 1].end - 1 };
  assert.deepEqual(shoutedNames(text, ms), ms);
});
