import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acronymTitles } from '../../../server/src/analysis/entities/acronymTitles';
import { retypeCelestialBodies } from '../../../server/src/analysis/entities/celestialBodies';
import { craftNames } from '../../../server/src/analysis/entities/craftNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of space and science news.

test('an agency acronym before "Administrator" and a name is the agency ("NASA Administrator …")', () => {
  const text = 'NASA Administrator Jane Roe congratulated the crew in a post on Saturday.';
  assert.deepEqual(shown(text, acronymTitles(text, [at(text, 'Jane Roe', 'person')])), ['NASA/organization', 'Jane Roe/person']);
});

test('"Earth" is the planet without "the" too, as in a headline ("crew returns to Earth")', () => {
  const text = 'Shenzhou crew returns to Earth after six months in orbit';
  assert.deepEqual(shown(text, retypeCelestialBodies(text, [at(text, 'Earth', 'organization')])), ['Earth/location']);
  // "Moon" without "the" may still be the surname.
  const moon = 'Moon said the talks would resume.';
  assert.deepEqual(shown(moon, retypeCelestialBodies(moon, [at(moon, 'Moon', 'person')])), ['Moon/person']);
});

test('a name right before "spacecraft" or "capsule" is the craft ("the Mengzhou spacecraft"), an agency in capitals is not', () => {
  const text = 'The Mengzhou spacecraft is scheduled for its first crewed flight test next year.';
  assert.deepEqual(shown(text, craftNames(text, [at(text, 'Mengzhou', 'organization')])), ['Mengzhou/misc']);
  const agency = 'The NASA spacecraft reached lunar orbit on Monday.';
  assert.deepEqual(shown(agency, craftNames(agency, [at(agency, 'NASA', 'organization')])), ['NASA/organization']);
});
