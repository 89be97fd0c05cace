import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesIn } from './helpers';

// Sentences written for these tests (round 26 of the date layer).

const pairs = (text: string, ref: string) => datesIn(text, ref).map((d) => [d.text, d.value]);

test('"last <month>" is the latest such month before this one, but the month just ended is a year back', () => {
  // Written in October: "last June" is this year's June.
  assert.deepEqual(pairs('The port reopened last June after a long strike.', '2026-10-20'), [['last June', '2026-06']]);
  // Written in March: February has just ended and would be "last month"; "last February" is the year before.
  assert.deepEqual(pairs('Two ferries collided off the coast last February.', '2026-03-02'), [['last February', '2025-02']]);
  // In January, "last December" is both the month just ended and last year's December.
  assert.deepEqual(pairs('The bridge was closed last December for repairs.', '2026-01-12'), [['last December', '2025-12']]);
  // "this past February" is the one just ended.
  assert.deepEqual(pairs('Exports slumped this past February, the ministry said.', '2026-03-02'), [['this past February', '2026-02']]);
});
