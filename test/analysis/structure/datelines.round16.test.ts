import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseReferenceDate } from '../../../server/src/analysis/referenceDate/chooseReferenceDate';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

const printed = (text: string) => {
  const p = readStructure(text).printedDate;
  return p && [p.value, p.where, text.slice(p.start, p.end)];
};

test('a dateline with its place in title case counts when the agency or a dash follows the date', () => {
  assert.deepEqual(printed('Beijing, Dec. 3 (CGTN) -- China will open its services sector further, the ministry said.'), ['XXXX-12-03', 'dateline', 'Dec. 3']);
  assert.deepEqual(printed('Rio de Janeiro, Brazil, Nov. 18, 2024 — Leaders of the Group of 20 opened their summit.'), ['2024-11-18', 'dateline', 'Nov. 18, 2024']);
  assert.equal(printed('Wang Yi, Dec. 3, 2024 was a busy day for the foreign minister.'), undefined);
});

test('an event date at the start of the lead is no dateline: the caption dates the article', () => {
  const text = 'On Oct. 7, 2023, militants crossed the border, and a year later families still wait.\n'
    + 'Mourners gather at a memorial in Tel Aviv, Israel, Oct. 7, 2024. /Xinhua';
  assert.deepEqual(printed(text), ['2024-10-07', 'caption', 'Oct. 7, 2024']);
  assert.equal(printed('The utility said it expects profit in the year ending March 31, 2026, to rise.'), undefined);
});

test('a place in capitals and a date alone on the line make a dateline ("LONDON 2024-08-30")', () => {
  assert.deepEqual(printed('LONDON 2024-08-30\nThe bank held rates on Thursday.'), ['2024-08-30', 'dateline', '2024-08-30']);
  assert.deepEqual(printed('Nov. 3, 2024 -- The talks resumed on Thursday.'), ['2024-11-03', 'dateline', 'Nov. 3, 2024']);
});

test('an editor\'s note before the dateline does not hide it', () => {
  const text = 'Editor\'s Note: This article was first published in 2019.\nGENEVA, Switzerland, Dec. 4 (Xinhua) -- The WHO approved a new vaccine on Wednesday.';
  assert.deepEqual(printed(text), ['XXXX-12-04', 'dateline', 'Dec. 4']);
  const ref = chooseReferenceDate(readStructure(text), undefined, { value: '2024-12-05', source: 'file' });
  assert.deepEqual([ref.value, ref.source], ['2024-12-04', 'dateline']);
});
