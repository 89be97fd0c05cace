import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workTitles } from '../../../server/src/analysis/entities/workTitles';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of culture news of the 2020s.

test('a bare title the tagger found nothing in, after a determiner and a noun for a work, is one misc name ("the film Dead to Rights")', () => {
  const text = 'The animated film Lanterns of the Delta 2 topped the box office, and her album Salt and Cedar sold well in Taipei.';
  assert.deepEqual(shown(text, workTitles(text, [at(text, 'Taipei', 'location')])), ['Lanterns of the Delta 2/misc', 'Salt and Cedar/misc', 'Taipei/location']);
});

test('the maker in a relative clause after the noun for a work is no title ("the film Zhang Yimou directed")', () => {
  const text = 'Critics praised the film Mei Lanfang directed last year.';
  assert.deepEqual(shown(text, workTitles(text, [])), []);
});
