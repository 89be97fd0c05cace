import assert from 'node:assert/strict';
import { test } from 'node:test';
import { envoyNames } from '../../../server/src/analysis/entities/envoyNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of diplomatic news of the 2020s.

test('the words of an envoy\'s title the tagger ran into a nationality are cut from it, which is misc ("Chinese Permanent" → "Chinese")', () => {
  const text = 'Kenyan Permanent Representative to the UN Martin Kimani urged restraint.';
  const ms = [at(text, 'Kenyan Permanent', 'organization'), at(text, 'UN', 'location'), at(text, 'Martin Kimani', 'person')];
  assert.deepEqual(shown(text, envoyNames(text, ms)), ['Kenyan/misc', 'UN/organization', 'Martin Kimani/person']);
});

test('the body an envoy is sent to is an organization, and its name is cut from the envoy\'s ("to the UN Geng Shuang")', () => {
  const text = 'Deputy Permanent Representative of Brazil to the UN Joao Genesio told the council that talks must resume.';
  const ms = [at(text, 'Brazil', 'location'), at(text, 'UN Joao Genesio', 'organization')];
  assert.deepEqual(shown(text, envoyNames(text, ms)), ['Brazil/location', 'UN/organization', 'Joao Genesio/person']);
});

test('a country an envoy is sent to stays a place, its acronym too ("Ambassador to the UK")', () => {
  const text = 'Ambassador to the UK Zheng Zeguang attended the reception.';
  const ms = [at(text, 'UK Zheng Zeguang', 'organization')];
  assert.deepEqual(shown(text, envoyNames(text, ms)), ['UK/location', 'Zheng Zeguang/person']);
});

test('a mention of the title words alone is no name ("Permanent Representative"/organization)', () => {
  const text = "Chile's Permanent Representative to the United Nations Paula Narvaez spoke first.";
  const ms = [at(text, 'Chile', 'location'), at(text, 'Permanent Representative', 'organization'), at(text, 'United Nations', 'organization'), at(text, 'Paula Narvaez', 'person')];
  assert.deepEqual(shown(text, envoyNames(text, ms)), ['Chile/location', 'United Nations/organization', 'Paula Narvaez/person']);
});
