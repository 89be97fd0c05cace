import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const speakers = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => q.speaker && { text: q.speaker.text, name: q.speaker.name });
const LOPEZ: EntitySpec = { name: 'Maria Lopez', type: 'person', forms: ['Maria Lopez', 'Lopez'] };

test('after an unnamed role spoke, "he" stands for that role, not for a woman named before it', () => {
  const text = 'Maria Lopez, the city\'s mayor, visited the site on Monday. "We will rebuild," she said.\n\nA police officer at the scene said the fire began shortly after midnight. He added: "Nobody was inside when the roof fell."';
  const [, he] = speakers(text, [LOPEZ]);
  assert.deepEqual(he, { text: 'He', name: 'A police officer at the scene' });
});

test('an unnamed official who spoke after two named men is who the next "he" stands for', () => {
  const text = 'Wang Yi met Antony Blinken in Beijing on Friday. A Chinese official said the talks were candid. "We expressed our concerns about the export controls," he said.';
  const specs: EntitySpec[] = [{ name: 'Wang Yi', type: 'person', forms: ['Wang Yi'] }, { name: 'Antony Blinken', type: 'person', forms: ['Antony Blinken'] }];
  assert.equal(speakers(text, specs)[0]?.name, 'A Chinese official');
});

test('a role of the other gender is passed over: "she" after "a spokesman" is the woman named before', () => {
  const text = 'Maria Lopez toured the port on Tuesday. A spokesman for the harbour board said repairs would take weeks. "We need the cranes back first," she said.';
  assert.equal(speakers(text, [LOPEZ])[0]?.name, 'Maria Lopez');
});

test('a person named after the unnamed role takes the pronoun back', () => {
  const text = 'A police officer said the road would stay closed. Mayor Tom Baker arrived an hour later. "We will help every family," he said.';
  assert.equal(speakers(text, [{ name: 'Tom Baker', type: 'person', forms: ['Tom Baker'], roles: ['mayor'] }])[0]?.name, 'Tom Baker');
});

test('a person described by what they were doing is the speaker, not the place in the description', () => {
  const before = 'Rescue teams worked through the night in Antakya. A mother waiting outside a collapsed building said: "My son is still under there."';
  assert.equal(speakers(before)[0]?.text, 'A mother waiting outside a collapsed building');
  const after = '"My son is still under there," a mother waiting outside a collapsed building said.';
  assert.equal(speakers(after)[0]?.text, 'a mother waiting outside a collapsed building');
  const object = '"He was only 19," a woman holding a photo of her son told reporters in Kyiv.';
  assert.equal(speakers(object)[0]?.text, 'a woman holding a photo of her son');
});

test('a noun in -ing is no participle: "a man at the meeting in Geneva" is the man, described in full', () => {
  assert.equal(speakers('A man at the meeting in Geneva said: "Nothing was agreed."')[0]?.text, 'A man at the meeting in Geneva');
});

test('a name apposed to a role with the complement of its noun is the speaker', () => {
  const LIU: EntitySpec = { name: 'Liu Zhenmin', type: 'person', forms: ['Liu Zhenmin'] };
  const before = 'China\'s special envoy for climate change, Liu Zhenmin, said on Tuesday: "Developed countries must deliver the finance they promised."';
  assert.equal(speakers(before, [LIU])[0]?.name, 'Liu Zhenmin');
  const after = '"Developed countries must pay," China\'s special envoy for climate change, Liu Zhenmin, told reporters in Baku.';
  assert.equal(speakers(after, [LIU])[0]?.name, 'Liu Zhenmin');
});

test('an anonymous source described by what it knows keeps that description: "a person familiar with the matter"', () => {
  assert.equal(speakers('"Both sides want a deal before the summit," a person familiar with the matter said.')[0]?.text, 'a person familiar with the matter');
  assert.equal(speakers('A person familiar with the matter said: "Both sides want a deal."')[0]?.text, 'A person familiar with the matter');
  assert.equal(speakers('"The wedding is off," said a source close to the family, who asked not to be named.')[0]?.text, 'a source close to the family');
});

test('"she" after "an aide to the president" is the aide, not the leader named before', () => {
  const text = 'Lula met Xi Jinping in Brasilia on Tuesday. An aide to the president said the meeting went well. "They spoke for two hours," she said.';
  const specs: EntitySpec[] = [{ name: 'Lula', type: 'person', forms: ['Lula'] }, { name: 'Xi Jinping', type: 'person', forms: ['Xi Jinping'] }];
  assert.equal(speakers(text, specs)[0]?.name, 'An aide to the president');
});

test('"the person" after "a person familiar with the matter said" names that source, described in full', () => {
  const text = 'The talks could resume next month, a person familiar with the matter said. "Both sides want a deal before the summit," the person said.';
  assert.deepEqual(speakers(text)[0], { text: 'the person', name: 'a person familiar with the matter' });
  const source = '"A deal is close," a source close to the negotiations told CGTN. "The text is ready," the source added.';
  assert.deepEqual(speakers(source)[1], { text: 'the source', name: 'a source close to the negotiations' });
});

test('"the official" with no official named names the unnamed official brought in the paragraph before', () => {
  const text = 'A senior official at the ministry said the plan was ready.\n\n"We expect approval by June," the official said.';
  assert.equal(speakers(text)[0]?.name, 'A senior official at the ministry');
});
