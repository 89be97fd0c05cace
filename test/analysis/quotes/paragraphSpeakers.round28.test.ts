import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const speakers = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => q.speaker && { text: q.speaker.text, name: q.speaker.name });
const SIMEONE: EntitySpec = { name: 'Diego Simeone', type: 'person', forms: ['Diego Simeone'], roles: ['atletico coach'] };
const NAGELSMANN: EntitySpec = { name: 'Julian Nagelsmann', type: 'person', forms: ['Julian Nagelsmann', 'Nagelsmann'] };

test('"the German coach" is the paragraph\'s own speaker with no role, not the coach named earlier with a bare role', () => {
  const text = '"We defended well," Atletico coach Diego Simeone told reporters after the 1-1 draw.\nNagelsmann said his players "earned the point" in Madrid. "We are calm. The group is still open," the German coach said.';
  const said = speakers(text, [SIMEONE, NAGELSMANN]);
  assert.equal(said[said.length - 1]?.name, 'Julian Nagelsmann');
});

test('"the German coach" is the paragraph\'s subject even when it spoke no quotation before', () => {
  const text = '"We defended well," Atletico coach Diego Simeone told reporters.\nNagelsmann praised his young defenders. "They never gave up," the German coach said.';
  assert.equal(speakers(text, [SIMEONE, NAGELSMANN])[1]?.name, 'Julian Nagelsmann');
});

test('a bare "the coach" still names the one the article titled coach', () => {
  const text = '"We defended well," Atletico coach Diego Simeone told reporters.\nNagelsmann praised his young defenders. "They never gave up," the coach said.';
  assert.equal(speakers(text, [SIMEONE, NAGELSMANN])[1]?.name, 'Diego Simeone');
});

test('a paragraph\'s speaker with another role does not take the description: "the veteran coach" stays the coach', () => {
  const text = '"We defended well," Atletico coach Diego Simeone told reporters.\nStriker Lina Park said the team "deserved it". "It was our best game," the veteran coach said.';
  const specs: EntitySpec[] = [SIMEONE, { name: 'Lina Park', type: 'person', forms: ['Lina Park'], roles: ['striker'] }];
  const said = speakers(text, specs);
  assert.equal(said[said.length - 1]?.name, 'Diego Simeone');
});

test('"they" after a plural described group that spoke ("Analysts at a bank said …") stands for that group', () => {
  const text = 'Analysts at Goldman Sachs said in a note on Monday that chip sales could double by 2027. "Demand for AI servers shows no sign of slowing," they wrote.';
  assert.deepEqual(speakers(text, [{ name: 'Goldman Sachs', type: 'organization', forms: ['Goldman Sachs'] }])[0], { text: 'they', name: 'Analysts at Goldman Sachs' });
});

test('"they" opening a quotation paragraph after officials spoke in the paragraph before stands for those officials', () => {
  const text = 'Health officials in Gaza said the last working hospital had run out of fuel.\n"We cannot operate in the dark," they said.';
  assert.equal(speakers(text)[0]?.name, 'Health officials in Gaza');
});

test('"they" with no group that spoke before it stays unresolved', () => {
  const text = 'The storm flooded hundreds of homes in the south of the country. "We lost everything," they said.';
  assert.equal(speakers(text)[0]?.name, 'they');
});

test('an unnamed person keeps the phrase of where they work: "A nurse at the hospital said" is "A nurse at the hospital"', () => {
  const before = 'Power cuts hit the city again on Tuesday. A nurse at the hospital said: "We have not slept for two days."';
  assert.equal(speakers(before)[0]?.text, 'A nurse at the hospital');
  const after = '"We have not slept for two days," a nurse at the hospital said.';
  assert.equal(speakers(after)[0]?.text, 'a nurse at the hospital');
});

test('the body an unnamed worker is with is not the speaker: "a volunteer with the Red Crescent"', () => {
  const text = '"The trucks have not moved since Sunday," a volunteer with the Red Crescent told reporters.';
  assert.deepEqual(speakers(text, [{ name: 'Red Crescent', type: 'organization', forms: ['Red Crescent'] }])[0], { text: 'a volunteer with the Red Crescent', name: 'a volunteer with the Red Crescent' });
});

test('a spokesperson for a body keeps its own span and speaks for the body', () => {
  const text = '"The talks will resume next week," a spokesperson for the European Commission said.';
  const said = speakers(text, [{ name: 'European Commission', type: 'organization', forms: ['European Commission'] }])[0];
  assert.equal(said?.name, 'European Commission');
});

test('"briefed" in "officials briefed on the talks said" describes the officials and is not their verb', () => {
  const before = 'Talks resumed in Doha on Monday. Officials briefed on the negotiations said: "A ceasefire could come this week."';
  assert.equal(speakers(before)[0]?.text, 'Officials briefed on the negotiations');
  const after = '"No deal is close," two officials briefed on the talks told reporters.';
  assert.equal(speakers(after)[0]?.text, 'two officials briefed on the talks');
});

test('a verdict "labelled “…” by" someone is the words of the one after "by"', () => {
  const text = 'The pension bill was labelled "a tax on the poor" by the opposition.';
  assert.equal(speakers(text)[0]?.text, 'the opposition');
  const named = 'The new border plan was branded "reckless" by opposition leader Tom Baker on Monday.';
  assert.equal(speakers(named, [{ name: 'Tom Baker', type: 'person', forms: ['Tom Baker'] }])[0]?.name, 'Tom Baker');
});

test('a nickname "dubbed “…” by" campaigners still has no speaker', () => {
  assert.equal(speakers('The levy was dubbed "the Netflix tax" by campaigners.')[0], null);
});

test('a verdict "by" someone in a sentence credited "according to" a source keeps that source', () => {
  const text = 'Several of the files were labelled "classified" by the ministry, according to two senior diplomats.';
  assert.equal(speakers(text)[0]?.text, 'two senior diplomats');
});

test('a source described by what it is close to, before the quotation, is the whole described phrase', () => {
  const text = 'The singer has not spoken since the crash. Two people close to the family said: "He was not told until the morning."';
  assert.equal(speakers(text)[0]?.text, 'Two people close to the family');
});

test('"the veteran striker" is the paragraph\'s speaker, not the striker titled "Real striker" before', () => {
  const specs: EntitySpec[] = [{ name: 'Kylian Mbappe', type: 'person', forms: ['Kylian Mbappe'], roles: ['real striker'] }, { name: 'Robert Lewandowski', type: 'person', forms: ['Robert Lewandowski', 'Lewandowski'] }];
  const text = '"We wanted this win," Real striker Kylian Mbappe said.\nLewandowski said the referee "made big mistakes". "We will come back stronger," the veteran striker said.';
  const said = speakers(text, specs);
  assert.equal(said[said.length - 1]?.name, 'Robert Lewandowski');
});
