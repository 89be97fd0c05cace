import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitCoordinatedNames } from '../../../server/src/analysis/entities/coordinatedNames';
import { at, run } from './harmonizeHelpers';

const show = (text: string, ms: ReturnType<typeof at>[]) => splitCoordinatedNames(text, ms).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('two universities joined by "and" and taken as one name are two organizations', () => {
  const text = 'Researchers from Fudan University and Zhejiang University built the robot.';
  assert.deepEqual(run(text, [at(text, 'Fudan University and Zhejiang University', 'organization')]), ['Fudan University/organization', 'Zhejiang University/organization']);
});

test('a second name with its own article ("and the Ministry of Commerce") starts a new organization', () => {
  const text = 'Officials from the Ministry of Finance and the Ministry of Commerce briefed reporters.';
  assert.deepEqual(show(text, [at(text, 'Ministry of Finance and the Ministry of Commerce', 'organization')]), ['Ministry of Finance/organization', 'Ministry of Commerce/organization']);
  const banks = 'The Asian Infrastructure Investment Bank and the New Development Bank signed a memorandum.';
  assert.deepEqual(show(banks, [at(banks, 'Asian Infrastructure Investment Bank and the New Development Bank', 'organization')]), ['Asian Infrastructure Investment Bank/organization', 'New Development Bank/organization']);
});

test('names that hold "and" stay whole', () => {
  for (const [text, name] of [
    ['The Ministry of Ecology and Environment issued the rules.', 'Ministry of Ecology and Environment'],
    ['The Ministry of Industry and Information Technology approved the plan.', 'Ministry of Industry and Information Technology'],
    ['Shares of Hong Kong and Shanghai Banking Corporation rose.', 'Hong Kong and Shanghai Banking Corporation'],
    ['Bosnia and Herzegovina qualified for the finals.', 'Bosnia and Herzegovina'],
    ['The Society for Science and the Public named the winners.', 'Society for Science and the Public'],
  ] as const) {
    assert.deepEqual(show(text, [at(text, name, 'organization')]), [`${name}/organization`]);
  }
});

test('titles of works and what a person tagged are not cut', () => {
  const film = 'The cinema showed Harry Potter and the Goblet of Fire again.';
  assert.deepEqual(show(film, [at(film, 'Harry Potter and the Goblet of Fire', 'misc')]), ['Harry Potter and the Goblet of Fire/misc']);
  const user = 'Delegates from the World Bank and the Asian Development Bank met in Manila.';
  assert.deepEqual(show(user, [at(user, 'World Bank and the Asian Development Bank', 'organization', 'user')]), ['World Bank and the Asian Development Bank/organization']);
});
