import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const speakers = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => q.speaker && { text: q.speaker.text, name: q.speaker.name });
const REZA: EntitySpec = { name: 'Ali Reza', type: 'person', forms: ['Ali Reza'], roles: ['governor'] };

test('"he" after a described role that speaks after a fronted clause ("As the water rose, a fisherman … said") is that role', () => {
  const text = 'Governor Ali Reza toured the valley on Monday. As the water rose, a fisherman who lives by the river said the boats were lost. "We lost everything," he said.';
  assert.deepEqual(speakers(text, [REZA])[0], { text: 'he', name: 'a fisherman who lives by the river' });
});

test('"she" after a role that speaks after a fronted time phrase ("On Monday morning, a nurse at the district hospital said") is that role', () => {
  const text = 'On Monday morning, a nurse at the district hospital said the wards were full. "We are sleeping in shifts," she said.';
  assert.equal(speakers(text)[0]?.name, 'a nurse at the district hospital');
});

test('"he" after a quotation credited to a described role after an inverted "said" is that role', () => {
  const text = 'Governor Ali Reza toured the valley on Monday. "It came so fast," said a fisherman who lives by the river. "We lost everything," he said.';
  const said = speakers(text, [REZA]);
  assert.equal(said[0]?.text, 'a fisherman who lives by the river');
  assert.deepEqual(said[1], { text: 'he', name: 'a fisherman who lives by the river' });
});

test('"she" after a quotation credited to a described role that follows it with its verb ("“…,” a woman who runs a bakery said") is that role', () => {
  const text = '"The roof just folded," a woman who runs a bakery near the square said. "I grabbed my children and ran," she said.';
  assert.equal(speakers(text)[1]?.name, 'a woman who runs a bakery near the square');
});

test('a role of the other gender after a fronted clause is passed over: "he" is the man named before', () => {
  const text = 'Governor Ali Reza toured the valley on Monday. As the water rose, a mother of three said the school had flooded. "We will rebuild it by spring," he said.';
  assert.equal(speakers(text, [REZA])[0]?.name, 'Ali Reza');
});

test('a role set off by commas inside another\'s sentence ("Senator Lopez, a close aide said, …") is not who the next pronoun stands for', () => {
  const text = 'Senator Maria Lopez, a close aide said, is confident about the vote. "I have the numbers," she said.';
  assert.equal(speakers(text, [{ name: 'Maria Lopez', type: 'person', forms: ['Maria Lopez'], roles: ['senator'] }])[0]?.name, 'Maria Lopez');
});

test('"he" after a described role whose own description names the person before it ("A businessman who testified against Kerr said") is that role', () => {
  const text = 'A court sentenced former mayor Daniel Kerr to six years in prison. A businessman who testified against Kerr said he was relieved. "I paid because I had no choice," he said.';
  const specs: EntitySpec[] = [{ name: 'Daniel Kerr', type: 'person', forms: ['Daniel Kerr', 'Kerr'], roles: ['former mayor'] }];
  assert.deepEqual(speakers(text, specs)[0], { text: 'he', name: 'A businessman who testified against Kerr' });
});
