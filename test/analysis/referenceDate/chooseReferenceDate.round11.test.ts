import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseReferenceDate } from '../../../server/src/analysis/referenceDate/chooseReferenceDate';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

// Articles of our own (round 11): a photo caption dated before the day the lead reports.

const FILE = { value: '2026-12-07', source: 'file' as const };
// 2025-09-02, the photo's day, is a Tuesday.
const CAPTION = 'Rescuers search the rubble in Kunar province, Afghanistan, September 2, 2025. /CGTN Photo';
const dateOf = (lead: string) => chooseReferenceDate(readStructure(`Quake toll rises in mountain province\nCGTN\n["world"]\n${CAPTION}\n\n${lead}\nRescue teams reached two more villages.`), undefined, FILE).value;

test('a lead reported on a weekday after the photo dates the article on that day, not on the caption', () => {
  // The lead reports on Thursday, two days after the photo.
  assert.equal(dateOf('The death toll has risen to more than 2,200, the authorities said on Thursday.'), '2025-09-04');
  assert.equal(dateOf('China on Wednesday announced emergency aid for the quake zone.'), '2025-09-03');
});

test('a lead reported on the photo\'s day or the day before keeps the caption\'s date', () => {
  assert.equal(dateOf('The UN on Tuesday said it would send more medical teams.'), '2025-09-02');
  assert.equal(dateOf('The UN said on Monday it would send more medical teams.'), '2025-09-02');
});

test('a weekday of the event in the lead, with no verb of reporting, leaves the caption\'s date alone', () => {
  assert.equal(dateOf('The quake struck late on Sunday, flattening villages across the province.'), '2025-09-02');
});
