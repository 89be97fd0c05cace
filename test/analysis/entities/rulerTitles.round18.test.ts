import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rulerTitles } from '../../../server/src/analysis/entities/rulerTitles';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of diplomatic news.

test('a ruler\'s title and the place ruled give the place alone ("the Sultan of Brunei" → "Brunei")', () => {
  const text = 'The premier met the Sultan of Brunei and the Mayor of Porto Alegre on Tuesday.';
  const ms = [at(text, 'Sultan of Brunei', 'organization'), at(text, 'Mayor of Porto Alegre', 'misc')];
  assert.deepEqual(shown(text, rulerTitles(text, ms)), ['Brunei/location', 'Porto Alegre/location']);
});

test('a post in a body after "of the", a person\'s name and a club\'s stay as they are', () => {
  const text = 'The President of the Asian Development Bank spoke. King of Spades won. Queen of Fairfield drew 1-1.';
  const ms = [at(text, 'Asian Development Bank', 'organization'), at(text, 'King of Spades', 'person'), at(text, 'Queen of Fairfield', 'organization')];
  assert.deepEqual(shown(text, rulerTitles(text, ms)), ['Asian Development Bank/organization', 'King of Spades/person', 'Queen of Fairfield/organization']);
});
