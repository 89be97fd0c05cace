import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withCreditedAgencies } from '../../../server/src/analysis/entities/creditedAgencies';
import { dropPageFurniture } from '../../../server/src/analysis/entities/pageFurniture';
import { surnamePeople } from '../../../server/src/analysis/entities/surnamePeople';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of wire copy of the 2020s.

test('a credit\'s descriptor words ("File Photo", "Screenshot") are no name, while its agency and photographer are', () => {
  const text = 'Harbour in flames\nCGTN\n["world"]\nSmoke rises over the port of Odesa, Ukraine, May 2, 2025. REUTERS/Jane Doe/File Photo\n'
    + 'Residents queue for water in Gaza, June 1, 2025. /Screenshot\nThe port reopened on Friday.';
  const ms = [at(text, 'Jane Doe', 'person'), at(text, 'File Photo', 'misc'), at(text, 'Screenshot', 'person'), at(text, 'Gaza', 'location')];
  assert.deepEqual(shown(text, withCreditedAgencies(text, readStructure(text), ms)).sort(),
    ['CGTN/organization', 'Gaza/location', 'Jane Doe/person', 'REUTERS/organization']);
});

test('the agency in a wire dateline is an organization ("NAIROBI (AP) —", "SEOUL, March 3 (Reuters) -")', () => {
  const text = 'NAIROBI (AP) — Floods swept through the capital on Monday.\n\nSEOUL, March 3 (Reuters) - Exports rose for a fifth month.';
  const ms = [at(text, 'NAIROBI', 'location'), at(text, 'AP', 'location'), at(text, 'SEOUL', 'location'), at(text, 'Reuters', 'organization')];
  assert.deepEqual(shown(text, withCreditedAgencies(text, readStructure(text), ms)),
    ['NAIROBI/location', 'AP/organization', 'SEOUL/location', 'Reuters/organization']);
});

test('a line of page furniture ("ADVERTISEMENT", "Skip Advertisement") names nobody; the word in a sentence stays', () => {
  const text = 'The summit opened in Lima.\nADVERTISEMENT\nSkip Advertisement\nThe Advertisement Standards Council met.';
  const ms = [at(text, 'Lima', 'location'), at(text, 'ADVERTISEMENT', 'organization'), at(text, 'Skip Advertisement', 'misc'), at(text, 'Advertisement Standards Council', 'organization')];
  assert.deepEqual(shown(text, dropPageFurniture(text, ms)), ['Lima/location', 'Advertisement Standards Council/organization']);
});

test('one who writes or posts on a platform is a person ("Kovac wrote on X that …")', () => {
  const text = 'Kovac wrote on X that the bridge would reopen. Later, Ferreira posted on Telegram that talks had failed.';
  const ms = [at(text, 'Kovac', 'organization'), at(text, 'X', 'misc'), at(text, 'Ferreira', 'organization'), at(text, 'Telegram', 'misc')];
  assert.deepEqual(shown(text, surnamePeople(text, ms)), ['Kovac/person', 'X/misc', 'Ferreira/person', 'Telegram/misc']);
});

test('the name of an administration is its leader\'s, a person, unless the article says "the" before it elsewhere', () => {
  const text = 'The Halvorsen administration has raised duties on solar panels.';
  assert.deepEqual(shown(text, surnamePeople(text, [at(text, 'Halvorsen', 'organization')])), ['Halvorsen/person']);
  const group = 'The Shabaab administration taxed the port. The Shabaab said the tax would stay.';
  const ms = [at(group, 'Shabaab', 'organization'), at(group, 'Shabaab', 'organization', 'detected', 30)];
  assert.deepEqual(shown(group, surnamePeople(group, ms)), ['Shabaab/organization', 'Shabaab/organization']);
});

test('a Chinese surname someone does something with is a person ("opened the railway with Li on Monday")', () => {
  const text = 'The Laotian president opened the railway with Li on Monday.';
  assert.deepEqual(shown(text, surnamePeople(text, [at(text, 'Li', 'organization')])), ['Li/person']);
});
