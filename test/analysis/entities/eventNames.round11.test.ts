import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('the year or number of a tournament or show is part of its name, an event ("Euro 2024", "Expo 2025", "World Cup 2026")', () => {
  const text = 'Spain won Euro 2024 in Berlin, Osaka hosted Expo 2025, and fans await the World Cup 2026 in North America.';
  const ms = [at(text, 'Spain', 'location'), at(text, 'Euro', 'misc'), at(text, 'Berlin', 'location'), at(text, 'Osaka', 'location'),
    at(text, 'Expo', 'location'), at(text, 'World Cup', 'misc'), at(text, 'North America', 'location')];
  assert.deepEqual(run(text, ms), ['Spain/location', 'Euro 2024/misc', 'Berlin/location', 'Osaka/location', 'Expo 2025/misc', 'World Cup 2026/misc', 'North America/location']);
});

test('a name before an amount or a date keeps its span ("Euro 50 million", "Cup 2024-25 season" is not cut mid-date)', () => {
  const text = 'The bank lent Euro 50 million. The FA Cup 2024-25 campaign began.';
  const ms = [at(text, 'Euro', 'misc'), at(text, 'FA Cup', 'misc')];
  assert.deepEqual(run(text, ms), ['Euro/misc', 'FA Cup/misc']);
});
