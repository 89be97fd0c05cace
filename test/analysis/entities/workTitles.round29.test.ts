import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workTitles } from '../../../server/src/analysis/entities/workTitles';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s film festival reporting.

test('a quoted title in title case with an apposition saying what work it is is misc ("\\"Salt Roads\\", a road movie set in …")', () => {
  const text = 'The jury gave its top prize to "Salt Roads", a road movie set in Mongolia, and praised "Ash Harbour," a drama about dockers.';
  const ms = [at(text, 'Salt Roads', 'location'), at(text, 'Mongolia', 'location'), at(text, 'Ash Harbour', 'organization')];
  assert.deepEqual(shown(text, workTitles(text, ms)), ['Salt Roads/misc', 'Mongolia/location', 'Ash Harbour/misc']);
});

test('a quoted title an actor has a role "in" is misc ("his role as a retired judge in \\"The Garden House\\"")', () => {
  const text = 'Weller won the acting prize for his role as a retired judge in "The Garden House".';
  assert.deepEqual(shown(text, workTitles(text, [at(text, 'Weller', 'person'), at(text, 'The Garden House', 'location')])), ['Weller/person', 'The Garden House/misc']);
});

test('the same quoted title elsewhere in the article is the work again ("rights to \\"The Quiet Yard\\"")', () => {
  const text = '"The Quiet Yard", a drama about a prison, won. A streamer bought the rights to "The Quiet Yard" on Friday.';
  const ms = [at(text, 'The Quiet Yard', 'organization'), at(text, 'The Quiet Yard', 'organization', 'detected', 10)];
  assert.deepEqual(shown(text, workTitles(text, ms)), ['The Quiet Yard/misc', 'The Quiet Yard/misc']);
});

test('a quotation before an apposition is no title: it is not in title case ("\\"We will win,\\" a documentary maker said")', () => {
  const text = '"We will win in Berlin," a documentary maker said.';
  assert.deepEqual(shown(text, workTitles(text, [at(text, 'Berlin', 'location')])), ['Berlin/location']);
});
