import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('the surname "Yuan" before a detected given name is part of the person, not the currency', () => {
  const text = 'Yuan Mingde opened the new seed bank in Hunan.';
  assert.deepEqual(run(text, [at(text, 'Mingde', 'person'), at(text, 'Hunan', 'location')]), ['Yuan Mingde/person', 'Hunan/location']);
  // A company named after a Yuan keeps its whole name; a person tagged stays as tagged.
  const company = 'Shares of Yuan Ping Seed Industry rose, and Yuan Ping spoke.';
  const ms = [at(company, 'Yuan Ping Seed Industry', 'organization'), at(company, 'Ping', 'person', 'user', company.indexOf('and'))];
  assert.deepEqual(run(company, ms), ['Yuan Ping Seed Industry/organization', 'Ping/person']);
});

test('"Yuan" and a pinyin given name, read as an organization or missed, are a person; the currency stays the currency', () => {
  const text = 'Coach Lang praised Yuan Qiaolin after the match.';
  assert.deepEqual(run(text, [at(text, 'Yuan Qiaolin', 'organization')]), ['Yuan Qiaolin/person']);
  const missed = 'Yuan Huaxin retired from the team last year.';
  assert.deepEqual(run(missed, []), ['Yuan Huaxin/person']);
  const currency = 'The fee rose to 30 Yuan Monday, and the yuan Fell; the Yuan Dynasty museum was shut.';
  assert.deepEqual(run(currency, [at(currency, 'Yuan Dynasty', 'misc')]), ['Yuan Dynasty/misc']);
});

test('"He" before a pinyin given name is the surname, not the pronoun: "Vice Premier He Lifeng"', () => {
  const text = 'Vice Premier He Lifeng met the delegation, and He Yadong spoke after him.';
  assert.deepEqual(run(text, [at(text, 'Lifeng', 'person'), at(text, 'Yadong', 'organization')]), ['He Lifeng/person', 'He Yadong/person']);
  // The pronoun before a capitalized word that is no given name, or in a title-cased headline, stays a pronoun.
  assert.deepEqual(run('He Made Peace With Them', []), []);
  assert.deepEqual(run('He told Reuters the plan had failed.', [at('He told Reuters the plan had failed.', 'Reuters', 'organization')]), ['Reuters/organization']);
});

test('a given name that is also a word joins the surname the tagger kept: "Lei" + "Jun"', () => {
  const text = 'Xiaomi founder Lei Jun said the car would ship in June.';
  assert.deepEqual(run(text, [at(text, 'Xiaomi', 'organization'), at(text, 'Lei', 'person')]), ['Xiaomi/organization', 'Lei Jun/person']);
});
