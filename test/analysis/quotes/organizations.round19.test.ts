import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of business and conflict news.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;
const BYD: EntitySpec = { name: 'BYD', type: 'organization', forms: ['BYD'] };

test('"the company" reaches back over paragraphs that name no one else to the organization the story is about', () => {
  const text = [
    'Chinese electric carmaker BYD reported record sales for November on Monday.',
    'Deliveries rose 12 percent from a year earlier to more than 500,000 vehicles.',
    'Overseas markets accounted for about a fifth of the total.',
    '"We will keep expanding our network in Europe and Latin America," the company said in a statement.',
  ].join('\n');
  assert.equal(speakerOf(text, [BYD])?.name, 'BYD');
});

test('"the group" and "the firm" reach back the same way, over a blank line and a described reference', () => {
  const CORPS: EntitySpec = { name: 'Africa Corps', type: 'organization', forms: ['Africa Corps'] };
  const group = 'The Russian-backed group Africa Corps said on Sunday it had left two bases in northern Mali.\n\nResidents reported hearing gunfire near the town overnight.\n\nThe army did not comment.\n\n"Our mission there has been completed," the group said.';
  assert.equal(speakerOf(group, [CORPS])?.name, 'Africa Corps');
  const SAMSUNG: EntitySpec = { name: 'Samsung Electronics', type: 'organization', forms: ['Samsung Electronics'] };
  const firm = 'Samsung Electronics posted a 10 percent rise in quarterly operating profit on Tuesday.\nDemand for memory chips used in AI servers stayed strong.\nShares of the South Korean firm rose 3 percent in Seoul.\n"We expect supply to stay tight next year," the firm said.';
  assert.equal(speakerOf(firm, [SAMSUNG])?.name, 'Samsung Electronics');
});

test('beyond the paragraph before, "the company" is not an organization only cited, nor one named before a person', () => {
  const CPCA: EntitySpec = { name: 'China Passenger Car Association', type: 'organization', forms: ['China Passenger Car Association'] };
  const cited = 'Figures from the China Passenger Car Association showed car sales rose in November.\nPrices fell for the third month.\nExports also grew.\n"Demand in Europe is strong," the company said.';
  assert.equal(speakerOf(cited, [CPCA])?.entity, null);
  const LI: EntitySpec = { name: 'Li Wei', type: 'person', forms: ['Li Wei'] };
  const past = 'BYD reported record sales for November on Monday.\nLi Wei, a car buyer in Shenzhen, said prices had fallen.\nExports also grew.\n"Demand in Europe is strong," the company said.';
  assert.equal(speakerOf(past, [BYD, LI])?.entity, null);
});
