import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinVenueNames } from '../../../server/src/analysis/entities/joinedVenueNames';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

const names = (text: string, ms: RawMention[]) => shown(text, joinVenueNames(text, ms));

test('a venue whose name coordinates two nouns is one place, not two names cut at "and" ("Qingdao Sun and Sea Park")', () => {
  const text = 'Tourists crowded the Qingdao Sun and Sea Park on Sunday.';
  assert.deepEqual(names(text, [at(text, 'Qingdao Sun', 'location'), at(text, 'Sea Park', 'organization')]), ['Qingdao Sun and Sea Park/location']);
});

test('an event so named is one event ("Shanghai International Food and Wine Festival")', () => {
  const text = 'The Shanghai International Food and Wine Festival drew 200 exhibitors.';
  assert.deepEqual(names(text, [at(text, 'Shanghai International Food', 'organization'), at(text, 'Wine Festival', 'misc')]),
    ['Shanghai International Food and Wine Festival/misc']);
});

test('a one-word first half, or one the article names alone, stays a name of its own ("Sichuan and Panda Park", "Hong Kong … Hong Kong and Ocean Park")', () => {
  const text = 'Rain hit Sichuan and Panda Park. Hong Kong welcomed visitors; Hong Kong and Ocean Park reopened.';
  const ms = [at(text, 'Sichuan', 'location'), at(text, 'Panda Park', 'location'), at(text, 'Hong Kong', 'location'),
    at(text, 'Hong Kong', 'location', 'detected', 60), at(text, 'Ocean Park', 'location')];
  assert.deepEqual(names(text, ms), ['Sichuan/location', 'Panda Park/location', 'Hong Kong/location', 'Hong Kong/location', 'Ocean Park/location']);
});
