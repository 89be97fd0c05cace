import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retypeDemonyms } from '../../../server/src/analysis/entities/demonymPlurals';
import { staffCredits } from '../../../server/src/analysis/entities/staffCredits';
import { timeZones } from '../../../server/src/analysis/entities/timeZones';
import { at, shown } from './harmonizeHelpers';

// Sentences and page lines written for these tests, in the style of wire stories of the 2020s.

test('a byline on a line of its own names people, whatever the tagger made of them', () => {
  const text = 'By Kenji Morita and Dana Whitlock\nTOKYO (AP) — Exports rose for a third month.';
  assert.deepEqual(shown(text, staffCredits(text, [at(text, 'Kenji Morita', 'location')])), ['Kenji Morita/person', 'Dana Whitlock/person']);
});

test('the credits at the foot of a wire story are people, and the place a reporter files from is not part of the name', () => {
  const text = 'Shares fell 2%.\n(Reporting by Ruth Abebe in Addis Ababa; Editing by Wu Qi)';
  const ms = [at(text, 'Ruth Abebe', 'person'), at(text, 'Addis Ababa', 'location')];
  assert.deepEqual(shown(text, staffCredits(text, ms)), ['Ruth Abebe/person', 'Addis Ababa/location', 'Wu Qi/person']);
});

test('"by" inside a sentence, or a credit to a newspaper, makes nobody a person', () => {
  const text = 'The dam was opened by Prime Minister Abiy. According to reporting by The Daily Star, talks stalled.\nBy Monday Evening';
  assert.deepEqual(shown(text, staffCredits(text, [])), []);
});

test('a time zone after a clock time or before an offset is misc, not an organization', () => {
  const text = 'Published 6:05 AM GMT+8, May 2, 2025. Trading opens at 0930 EST. The CET Group said so.';
  const ms = [at(text, 'GMT', 'organization'), at(text, 'EST', 'organization'), at(text, 'CET Group', 'organization')];
  assert.deepEqual(shown(text, timeZones(text, ms)), ['GMT/misc', 'EST/misc', 'CET Group/organization']);
});

test('a nationality noun alone is misc, as CoNLL marks "Briton", unless a title makes it a surname', () => {
  const text = 'A Turk and a Briton were among the climbers rescued. Mr Turk thanked the team.';
  const ms = [at(text, 'Turk', 'person'), at(text, 'Briton', 'organization'), at(text, 'Turk', 'person', 'detected', 10)];
  assert.deepEqual(shown(text, retypeDemonyms(text, ms)), ['Turk/misc', 'Briton/misc', 'Turk/person']);
});
