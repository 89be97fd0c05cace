import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timeZones } from '../../server/src/analysis/entities/timeZones';
import { staffCredits } from '../../server/src/analysis/entities/staffCredits';
import { isPostStamp } from '../../server/src/analysis/structure/stamps';
import { datesIn } from './dates/helpers';
import { at, shown } from './entities/harmonizeHelpers';

// The date layer, the structure reader and the entity rules read one list of time-zone abbreviations
// (ZONE_ABBREVIATION_RE in the date lexicon). Each zone printed after a clock time must be read the same way by all
// three: part of the time, a live page's post stamp, and no organization.
const ZONES = ['GMT', 'UTC', 'BST', 'BJT', 'CET', 'CEST', 'EET', 'EEST', 'EST', 'EDT', 'ET', 'CST', 'PT', 'PDT', 'JST', 'KST',
  'IST', 'HKT', 'SGT', 'MSK', 'AEST', 'AEDT'];

for (const zone of ZONES) {
  test(`"${zone}" after a clock time is part of the time, a post stamp and no organization`, () => {
    const text = `The launch window opens at 10:42 ${zone} on Friday, the agency said.`;
    assert.deepEqual(datesIn(text, '2025-11-19').map((d) => d.text), [`10:42 ${zone} on Friday`]);
    assert.ok(isPostStamp(`10:42 ${zone}`), 'post stamp');
    assert.deepEqual(shown(text, timeZones(text, [at(text, zone, 'organization')])), [`${zone}/misc`]);
  });
}

test('a zone abbreviation that starts a longer word is no zone: "3 p.m. Istanbul time" is a place\'s time', () => {
  assert.deepEqual(datesIn('The ceasefire starts at 3 p.m. Istanbul time on Monday.', '2025-11-19').map((d) => d.text),
    ['3 p.m. Istanbul time on Monday']);
  assert.ok(!isPostStamp('10:42 ISTANBUL'));
});

test('a staff credit skips the months and weekdays of the date lexicon, written in full or shortened', () => {
  const text = '(Reporting by Sept. Dam; Editing by Monday Lee and Ana Costa)';
  assert.deepEqual(shown(text, staffCredits(text, [])), ['Ana Costa/person']);
});
