import assert from 'node:assert/strict';
import { test } from 'node:test';
import { surnamePeople } from '../../../server/src/analysis/entities/surnamePeople';
import { at, run, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of sport and politics news of the 2020s.

test('a surname that scores in a match named after it between two other sides is a player ("X scored twice as Real Madrid beat Valencia")', () => {
  const text = 'Okafor scored twice as Napoli beat Torino 3-1 on Sunday.';
  const ms = [at(text, 'Okafor', 'organization'), at(text, 'Napoli', 'organization'), at(text, 'Torino', 'organization')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Okafor/person', 'Napoli/organization', 'Torino/organization']);
  const helped = 'Dembowski\'s late goal helped Lens beat Nantes.';
  const hs = [at(helped, 'Dembowski', 'organization'), at(helped, 'Lens', 'organization'), at(helped, 'Nantes', 'organization')];
  assert.deepEqual(shown(helped, surnamePeople(helped, hs)), ['Dembowski/person', 'Lens/organization', 'Nantes/organization']);
});

test('a side of the match itself, or a sentence with no second side, says nothing of the name', () => {
  const text = 'Napoli scored twice as Napoli beat Torino. Verlaan scored twice as the rain fell.';
  const ms = [at(text, 'Napoli', 'organization'), at(text, 'Napoli', 'organization', 'detected', 10), at(text, 'Torino', 'organization'), at(text, 'Verlaan', 'organization')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Napoli/organization', 'Napoli/organization', 'Torino/organization', 'Verlaan/organization']);
});

test('a possessive with what only a player or a person has is a person ("X\'s hamstring injury", "X\'s serve", "X\'s lawyers")', () => {
  const text = 'Kowalczyk\'s hamstring injury rules him out. Brandt\'s serve let her down. Ferreira\'s lawyers appealed.';
  const ms = [at(text, 'Kowalczyk', 'organization'), at(text, 'Brandt', 'organization'), at(text, 'Ferreira', 'misc')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Kowalczyk/person', 'Brandt/person', 'Ferreira/person']);
});

test('a name that becomes prime minister or is named coach is a person; one that becomes a market leader is not', () => {
  const text = 'Moriyama became Japan\'s first female prime minister. Halvorsen was named head coach on Monday. Norvanta became the market leader.';
  const ms = [at(text, 'Moriyama', 'organization'), at(text, 'Japan', 'location'), at(text, 'Halvorsen', 'location'), at(text, 'Norvanta', 'organization')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Moriyama/person', 'Japan/location', 'Halvorsen/person', 'Norvanta/organization']);
});

test('a name that is arrested, sentenced or dies is a person', () => {
  const text = 'Castellanos was arrested in Quito on Friday. Mbeki died at home.';
  const ms = [at(text, 'Castellanos', 'organization'), at(text, 'Quito', 'location'), at(text, 'Mbeki', 'location')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Castellanos/person', 'Quito/location', 'Mbeki/person']);
});

test('a surname meeting beside a person of two words is a person ("He Lifeng and Bessent met")', () => {
  const text = 'He Lifeng and Trelawney met in Geneva for two days of talks.';
  const ms = [at(text, 'He Lifeng', 'person'), at(text, 'Trelawney', 'organization'), at(text, 'Geneva', 'location')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['He Lifeng/person', 'Trelawney/person', 'Geneva/location']);
});

test('a full name typed a club takes the person its surname is found to be later ("Kylian Mbappe joined …" then "Mbappe scored twice as …")', () => {
  const text = 'Dario Okafor joined Napoli last summer. Okafor scored twice as Napoli beat Torino.';
  const ms = [at(text, 'Dario Okafor', 'organization'), at(text, 'Napoli', 'organization'), at(text, 'Okafor', 'organization', 'detected', 20),
    at(text, 'Napoli', 'organization', 'detected', 50), at(text, 'Torino', 'organization')];
  assert.deepEqual(run(text, ms), ['Dario Okafor/person', 'Napoli/organization', 'Okafor/person', 'Napoli/organization', 'Torino/organization']);
});

test('a name of one or two words that beats a person named in full is a player ("Iga Swiatek won the title after beating Aryna Sabalenka")', () => {
  const text = 'Marta Kostyuk won the title after beating Elena Rybakina in straight sets.';
  const ms = [at(text, 'Marta Kostyuk', 'organization'), at(text, 'Elena Rybakina', 'person')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Marta Kostyuk/person', 'Elena Rybakina/person']);
});

test('a club that beats a coach\'s side, or a name before the one who beat a person, stays as typed', () => {
  const text = 'Ferencvaros beat Tomas Berdych\'s old club. Czech veteran Lukas Rosol, who beat Rafael Nadal, retired.';
  const ms = [at(text, 'Ferencvaros', 'organization'), at(text, 'Tomas Berdych', 'person'), at(text, 'Czech', 'misc'), at(text, 'Lukas Rosol', 'person'), at(text, 'Rafael Nadal', 'person')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Ferencvaros/organization', 'Tomas Berdych/person', 'Czech/misc', 'Lukas Rosol/person', 'Rafael Nadal/person']);
});

test('a name that becomes the youngest of anything is a person ("X became the youngest world chess champion")', () => {
  const text = 'Raghunathan became the youngest world chess champion in history.';
  assert.deepEqual(shown(text, surnamePeople(text, [at(text, 'Raghunathan', 'organization')])), ['Raghunathan/person']);
});

test('a hyphenated one-word name meeting a person is a person too ("Al-Sharaa met Trump")', () => {
  const text = 'Al-Bashari met Erdogan in Ankara on Monday.';
  const ms = [at(text, 'Al-Bashari', 'organization'), at(text, 'Erdogan', 'person'), at(text, 'Ankara', 'location')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Al-Bashari/person', 'Erdogan/person', 'Ankara/location']);
});

test('a subject that lost something of "his" or "hers" is a person ("X lost his own seat")', () => {
  const text = 'Desrosiers lost his own seat in the election.';
  assert.deepEqual(shown(text, surnamePeople(text, [at(text, 'Desrosiers', 'organization')])), ['Desrosiers/person']);
});
