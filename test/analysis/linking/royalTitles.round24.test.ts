import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groups } from './linkedGroups';

// Sentences written for these tests, in the style of Gulf diplomatic news of the 2020s.

test('the name after a royal title kept in the full name links to it ("Prince Faisal bin Farhan" … "Faisal")', () => {
  const text = 'Foreign Minister Prince Khalid bin Rashid arrived in Cairo on Monday. Khalid met his Egyptian counterpart.';
  assert.deepEqual(groups(text, [['Prince Khalid bin Rashid', 'person'], ['Cairo', 'location'], ['Khalid', 'person', 60]]), [
    'Prince Khalid bin Rashid: Prince Khalid bin Rashid, Khalid',
    'Cairo: Cairo',
  ]);
});

test('the title alone is no short form of the name ("Prince" does not link as a given name)', () => {
  const text = 'Prince Khalid bin Rashid arrived. The Prince Regent Hotel hosted the talks.';
  assert.deepEqual(groups(text, [['Prince Khalid bin Rashid', 'person'], ['Prince Regent Hotel', 'location']]), [
    'Prince Khalid bin Rashid: Prince Khalid bin Rashid',
    'Prince Regent Hotel: Prince Regent Hotel',
  ]);
});
