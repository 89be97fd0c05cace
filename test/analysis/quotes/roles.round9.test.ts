import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;
const RUSSIAN: EntitySpec = { name: 'Russian', type: 'misc', forms: ['Russian'] };
const WANG: EntitySpec = { name: 'Wang Yi', type: 'person', forms: ['Wang Yi', 'Wang'] };

test('"the Russian minister" is the one person the article ties to Russia, by "Russia\'s top diplomat", holding no other post', () => {
  const LAVROV: EntitySpec = { name: 'Sergey Lavrov', type: 'person', forms: ['Sergey Lavrov', 'Lavrov'], roles: ['top diplomat', 'diplomat'] };
  const RUSSIA: EntitySpec = { name: 'Russia', type: 'location', forms: ['Russia'] };
  const text = 'Wang Yi held talks with Sergey Lavrov in Moscow on Tuesday. Lavrov, Russia\'s top diplomat, praised the talks. "Our relations are at their best in history," the Russian minister said.';
  assert.equal(speakerOf(text, [WANG, LAVROV, RUSSIA, RUSSIAN])?.name, 'Sergey Lavrov');
});

test('"the Russian leader" is the Russian president, not the Chinese president named since', () => {
  const XI: EntitySpec = { name: 'Xi Jinping', type: 'person', forms: ['Xi Jinping', 'Xi'], roles: ['chinese president', 'president'] };
  const PUTIN: EntitySpec = { name: 'Vladimir Putin', type: 'person', forms: ['Vladimir Putin', 'Putin'], roles: ['russian president', 'president'] };
  const CHINESE: EntitySpec = { name: 'Chinese', type: 'misc', forms: ['Chinese'] };
  const text = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Kazan. "We value our friendship," the Russian leader told reporters.';
  assert.equal(speakerOf(text, [XI, PUTIN, CHINESE, RUSSIAN])?.name, 'Vladimir Putin');
});

test('a role of another nationality does not resolve "the Chinese foreign minister"', () => {
  const IWAYA: EntitySpec = { name: 'Takeshi Iwaya', type: 'person', forms: ['Takeshi Iwaya'], roles: ['japanese foreign minister', 'foreign minister', 'minister'] };
  const JAPANESE: EntitySpec = { name: 'Japanese', type: 'misc', forms: ['Japanese'] };
  const CHINESE: EntitySpec = { name: 'Chinese', type: 'misc', forms: ['Chinese'] };
  const text = 'Wang Yi met Japanese Foreign Minister Takeshi Iwaya in Beijing. "China and Japan should be partners," the Chinese foreign minister said.';
  assert.notEqual(speakerOf(text, [WANG, IWAYA, JAPANESE, CHINESE])?.name, 'Takeshi Iwaya');
});

test('an organization before a post ("the WHO chief") is not the speaker: the one holding the post is', () => {
  const WHO: EntitySpec = { name: 'World Health Organization', type: 'organization', forms: ['World Health Organization', 'WHO'] };
  const TEDROS: EntitySpec = { name: 'Tedros Adhanom Ghebreyesus', type: 'person', forms: ['Tedros Adhanom Ghebreyesus', 'Tedros'], roles: ['who director-general', 'director-general'] };
  const text = 'WHO Director-General Tedros Adhanom Ghebreyesus warned of a new wave of mpox on Monday. "This is a global emergency," the WHO chief said.';
  assert.equal(speakerOf(text, [WHO, TEDROS])?.name, 'Tedros Adhanom Ghebreyesus');
  // with no one named in the post, no one: not the organization
  assert.equal(speakerOf('"This is a global emergency," the WHO chief said.', [WHO])?.entity, null);
});

test('a place before the head noun ("the Florida senator", "the top U.S. diplomat") is not the speaker', () => {
  const US: EntitySpec = { name: 'United States', type: 'location', forms: ['U.S.'] };
  const FLORIDA: EntitySpec = { name: 'Florida', type: 'location', forms: ['Florida'] };
  assert.equal(speakerOf('"We had candid talks," the top U.S. diplomat told reporters.', [US])?.entity, null);
  assert.equal(speakerOf('"It is a difficult issue," the Florida senator said.', [FLORIDA])?.entity, null);
});
