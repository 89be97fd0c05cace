import assert from 'node:assert/strict';
import { test } from 'node:test';
import { andCompanies } from '../../../server/src/analysis/entities/andCompanies';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

const names = (text: string, ms: RawMention[]) => shown(text, andCompanies(text, ms));

test('two companies named "X and Y" in a coordination are two organizations ("Procter and Gamble and Marks and Spencer")', () => {
  const text = 'Procter and Gamble and Marks and Spencer both reported higher sales in the third quarter.';
  assert.deepEqual(names(text, [at(text, 'Procter and Gamble', 'organization'), at(text, 'Spencer', 'person')]),
    ['Procter and Gamble/organization', 'Marks and Spencer/organization']);
});

test('a detection running a list of companies together is cut around the one named with "and" ("Unilever and Procter and Gamble")', () => {
  const text = 'Unilever and Procter and Gamble raised prices again.';
  assert.deepEqual(names(text, [at(text, 'Unilever and Procter and Gamble', 'organization')]), ['Unilever/organization', 'Procter and Gamble/organization']);
});

test('two capitalized words joined by "&" are one company, typed person or run together by the tagger', () => {
  const text = 'Johnson & Johnson will spin off a unit. Procter & Gamble and Marks & Spencer cut prices.';
  assert.deepEqual(names(text, [at(text, 'Johnson & Johnson', 'person'), at(text, 'Procter & Gamble and Marks & Spencer', 'organization')]),
    ['Johnson & Johnson/organization', 'Procter & Gamble/organization', 'Marks & Spencer/organization']);
});

test('a capitalized word joined by "and" to itself is a company ("Johnson and Johnson"), two surnames are two people', () => {
  const text = 'Johnson and Johnson agreed to pay the settlement. Smith and Jones said the plan would fail.';
  assert.deepEqual(names(text, [at(text, 'Johnson', 'person'), at(text, 'Johnson', 'person', 'detected', 10), at(text, 'Smith', 'person'), at(text, 'Jones', 'person')]),
    ['Johnson and Johnson/organization', 'Smith/person', 'Jones/person']);
});

test('a longer detection holding the company ("Marks and Spencer Group") and a user\'s mention stay as they are', () => {
  const text = 'The Marks and Spencer Group reported profits. Ernst and Young was fined.';
  const ms = [at(text, 'Marks and Spencer Group', 'organization'), at(text, 'Ernst', 'person', 'user'), at(text, 'Young', 'person')];
  assert.deepEqual(names(text, ms), ['Marks and Spencer Group/organization', 'Ernst/person', 'Young/person']);
});

test('a firm whose name goes on left of "& Co" or "& Sons", and a repeated word before another name, are left alone', () => {
  const text = 'Harper, Lowe & Co. led the sale. J.R. Whitfield & Sons agreed. Cash and Cash Equivalents fell.';
  const ms = [at(text, 'Harper, Lowe & Co', 'organization'), at(text, 'J.R. Whitfield & Sons', 'organization')];
  assert.deepEqual(names(text, ms), ['Harper, Lowe & Co/organization', 'J.R. Whitfield & Sons/organization']);
});
