import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const speakerOf = (text: string, specs: EntitySpec[]) =>
  findQuotes(quoteInput(text, specs)).map((q) => [q.speaker?.text ?? null, q.speaker?.entity == null ? null : specs[q.speaker.entity].name]);
const place = (name: string): EntitySpec => ({ name, type: 'location', forms: [name] });
const body = (name: string): EntitySpec => ({ name, type: 'organization', forms: [name] });

test('a resident, fan or worker named by a place or body before the noun does not speak for that place or body', () => {
  assert.deepEqual(speakerOf('"The shelling went on all night," one Kharkiv resident told reporters.', [place('Kharkiv')]), [['one Kharkiv resident', null]]);
  assert.deepEqual(speakerOf('"We deserved to win," said a disappointed Al Hilal fan after the final.', [body('Al Hilal')]), [['a disappointed Al Hilal fan', null]]);
  assert.deepEqual(speakerOf('"The venues are ready," Milan 2026 organizers said on Monday.', [place('Milan')]), [['Milan 2026 organizers', null]]);
});

test('a spokesperson named by the body before the noun still speaks for it, and a place alone speaks as its government', () => {
  assert.deepEqual(speakerOf('"We will appeal," a Meta spokesperson said.', [body('Meta')]), [['a Meta spokesperson', 'Meta']]);
  assert.deepEqual(speakerOf('"The measures are lawful," Beijing said on Friday.', [place('Beijing')]), [['Beijing', 'Beijing']]);
});
