import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international news of the 2020s.
const speakers = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs)).map((q) => q.speaker && { text: q.speaker.text, name: q.speaker.name });

test('"they" after party members who spoke ("Republicans said") names that group', () => {
  const text = 'Republicans said the spending bill would add $2 trillion to the deficit. "This is a spending spree the country cannot afford," they said in a statement.';
  assert.deepEqual(speakers(text)[0], { text: 'they', name: 'Republicans' });
});

test('"they" after a plural common noun opening its sentence ("Shopkeepers said") names that group', () => {
  const text = 'Floodwaters swept through the valley on Tuesday. Shopkeepers said the water rose within minutes. "We had no warning at all," they said.';
  assert.equal(speakers(text)[0]?.name, 'Shopkeepers');
});

test('"they" after "the two groups say" names the groups, described in full', () => {
  const text = 'The two groups say the new border rules break international law. "People fleeing war must be heard," they wrote in a joint letter.';
  assert.equal(speakers(text)[0]?.name, 'The two groups');
});

test('a surname in -s that spoke is no group for "they"', () => {
  const text = 'Senator Maria Jones met union leaders on Friday. Jones said the plant must stay open. "We will fight for every job," they said.';
  assert.notEqual(speakers(text, [{ name: 'Maria Jones', type: 'person', forms: ['Maria Jones', 'Jones'] }])[0]?.name, 'Jones');
});

test('a plural that names a place or a document is no group for "they": "the United States", "the reports"', () => {
  const states = 'The United States said the strikes were defensive. "We do not seek conflict," they said.';
  assert.notEqual(speakers(states, [{ name: 'United States', type: 'location', forms: ['United States'] }])[0]?.name, 'The United States');
  const reports = 'The reports said the dam was weakened. "The valley must be evacuated," they said.';
  assert.notEqual(speakers(reports)[0]?.name, 'The reports');
});

test('"they" after a plural subject that closes its sentence after a comma ("…, the groups say.") names that group', () => {
  const text = 'The new rules punish families who fled the fighting, the aid groups say. "Nobody should be sent back to a war zone," they wrote.';
  assert.equal(speakers(text)[0]?.name, 'the aid groups');
});
