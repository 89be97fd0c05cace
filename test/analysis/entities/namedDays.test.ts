import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namedDays } from '../../../server/src/analysis/entities/namedDays';
import type { RawMention } from '../../../server/src/analysis/types';

const show = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('"Black Friday" and "Singles\' Day" are one misc name each, in place of the "Black" a tagger read as a person', () => {
  const text = "The festival, created in 2009, dwarfs Black Friday in the United States. Sales during Singles' Day hit a record.";
  const detected: RawMention[] = [
    { start: text.indexOf('Black'), end: text.indexOf('Black') + 5, type: 'person', score: 0.6, origin: 'detected' },
    { start: text.indexOf('United States'), end: text.indexOf('United States') + 13, type: 'location', score: 0.99, origin: 'detected' },
  ];
  assert.deepEqual(show(text, namedDays(text, detected)), ['Black Friday/misc', 'United States/location', "Singles' Day/misc"]);
});

test('a plain weekday after another capitalized word is no named day ("told Reuters Friday")', () => {
  const text = 'The company told Reuters Friday that sales rose.';
  assert.deepEqual(namedDays(text, []), []);
});

test('a name a person tagged over the named day is left as it is', () => {
  const text = 'Candidates campaigned ahead of Super Tuesday.';
  const user: RawMention[] = [{ start: text.indexOf('Super'), end: text.indexOf('Super') + 5, type: 'organization', score: 1, origin: 'user' }];
  assert.deepEqual(namedDays(text, user), user);
});
