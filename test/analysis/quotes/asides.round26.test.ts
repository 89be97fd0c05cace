import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const said = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => [q.text, q.speaker?.text ?? null]);

test('a quotation inside the aside of the speaker after a quotation does not cut that quotation off from its attribution', () => {
  const text = '"We were never consulted," a farmer, holding a placard reading "No water, no harvest", told reporters outside the ministry.';
  assert.deepEqual(said(text), [
    ['"We were never consulted,"', 'a farmer'],
    ['"No water, no harvest"', 'a placard'],
  ]);
});

test('the words on a banner or a sign come from the banner, not from the one who carries it', () => {
  const text = 'Students marched past the parliament with banners saying "Fund our schools" on Thursday.';
  assert.deepEqual(said(text), [['"Fund our schools"', 'banners']]);
});

test('a nickname given to a speaker after a quotation is a quotation of no one, not the speaker\'s', () => {
  const text = '"This technology will change every office job," said Demis Okafor, the researcher widely dubbed the "oracle of robotics".';
  assert.deepEqual(said(text, [{ name: 'Demis Okafor', type: 'person', forms: ['Demis Okafor'] }]), [
    ['"This technology will change every office job,"', 'Demis Okafor'],
    ['"oracle of robotics"', null],
  ]);
});

test('"known as" and "nicknamed" give a name, as "dubbed" does', () => {
  const text = 'The coach praised his striker. "He never stops running," he said of Lukas Brandt, known as "the Locomotive" in Leipzig.';
  assert.deepEqual(said(text).map((q) => q[1]), ['he', null]);
  // (kept or left out as a nickname by the classifier, it is no one's words)
  assert.ok(said('The drone, nicknamed "the hummingbird," flew for six hours.').every((q) => q[1] === null));
});

test('"and" inside the name of a public body does not cut the speaker\'s name', () => {
  const MIIT: EntitySpec = { name: 'Ministry of Industry and Information Technology', type: 'organization', forms: ['Ministry of Industry and Information Technology'] };
  const q = findQuotes(quoteInput('The Ministry of Industry and Information Technology said: "Chip output will double by 2027."', [MIIT]));
  assert.equal(q[0].speaker?.text, 'The Ministry of Industry and Information Technology');
  assert.equal(q[0].speaker?.name, 'Ministry of Industry and Information Technology');
  const r = findQuotes(quoteInput('"Supply is ample," said the National Energy and Climate Commission.'));
  assert.equal(r[0].speaker?.text, 'the National Energy and Climate Commission');
});

test('two people joined by "and" stay two phrases: only a public body\'s name takes the "and" in', () => {
  const q = findQuotes(quoteInput('Officials from Kenya and Ethiopia met in Addis Ababa. Ruto and Abiy said "the corridor will open next year."'));
  assert.notEqual(q[0]?.speaker?.text, 'Ruto and Abiy said');
  assert.notEqual(q[0]?.speaker?.text, 'Kenya and Ethiopia');
});

test('"it" after a body the tagger did not name stands for the body that spoke just before', () => {
  const text = 'The Japanese Embassy in Seoul said in a statement: "The visit was a private one." It added that Tokyo "remains committed to dialogue."';
  const q = findQuotes(quoteInput(text));
  assert.equal(q[1].speaker?.text, 'It');
  assert.equal(q[1].speaker?.name, 'The Japanese Embassy in Seoul');
});

test('"it" after a person who spoke does not become that person', () => {
  const text = 'Maria Santos said: "The port must reopen." It added to the pressure on the government, "a clear warning," one analyst said.';
  const q = findQuotes(quoteInput(text, [{ name: 'Maria Santos', type: 'person', forms: ['Maria Santos'] }]));
  assert.notEqual(q[1]?.speaker?.name, 'Maria Santos');
});

test('a nickname in apposition after a named person ("X, the striker nicknamed “…”") is no quotation of the one speaking of X', () => {
  const text = '"She is the hardest worker I have coached," Lena Vogt said of Amara Diallo, the sprinter nicknamed "the Rocket".';
  assert.deepEqual(said(text).map((q) => q[1]), ['Lena Vogt', null]);
});

test('a subject with an adverb and an adjective after its article is one phrase: "a visibly angry coach"', () => {
  const text = 'The captain said: "We have to look at ourselves."\n"That was never a penalty," a visibly angry Diego Ruiz told reporters after the match.';
  assert.deepEqual(said(text).map((q) => q[1]), ['The captain', 'a visibly angry Diego Ruiz']);
});

test('a quotation coordinated with the one before it has the same speaker, the whole subject', () => {
  const text = 'Pacific island states called the agreement "a betrayal" and "a death sentence" for low-lying nations.';
  assert.deepEqual(said(text).map((q) => q[1]), ['Pacific island states', 'Pacific island states']);
});

test('after a comma, even one inside the closing mark, "or" and a quotation need not share the speaker of the one before', () => {
  const text = 'Mendes said voters could back Ortiz, whom critics call "a reckless populist," or "waste their ballots" on a fringe party.';
  assert.deepEqual(said(text).map((q) => q[1]), ['critics', 'Mendes']);
});
