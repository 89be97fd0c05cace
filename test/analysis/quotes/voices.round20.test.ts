import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of international business and diplomacy news.
const speakerOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs))[0]?.speaker;

test('after a leading clause, "a commentator for the outlet" is the subject, not the outlet it writes for', () => {
  const XINHUA: EntitySpec = { name: 'Xinhua', type: 'organization', forms: ['Xinhua'] };
  const text = 'As the summit opened in Kazan, a commentator for the news agency Xinhua said the bloc "has come of age and will not be told what to do" by anyone.';
  const said = speakerOf(text, [XINHUA]);
  assert.equal(said?.text, 'a commentator for the news agency Xinhua');
  assert.equal(said?.entity, null);
});

test('after a leading clause, "a spokesperson for the commission" speaks for the commission', () => {
  const EC: EntitySpec = { name: 'European Commission', type: 'organization', forms: ['European Commission'] };
  const text = 'After the tariff talks ended in Brussels, a spokesperson for the European Commission said that "a deal is within reach if both sides show flexibility."';
  const speaker = speakerOf(text, [EC]);
  assert.equal(speaker?.text, 'a spokesperson');
  assert.equal(speaker?.name, 'European Commission');
});

test('a voice for a body set off after a name hands the quotation to the name ("Li Na, a researcher at the institute, said")', () => {
  const LI: EntitySpec = { name: 'Li Na', type: 'person', forms: ['Li Na'] };
  const CASS: EntitySpec = { name: 'Chinese Academy of Social Sciences', type: 'organization', forms: ['Chinese Academy of Social Sciences'] };
  const text = 'Li Na, a senior researcher at the Chinese Academy of Social Sciences said the plan was "a timely boost" to consumption.';
  assert.equal(speakerOf(text, [LI, CASS])?.name, 'Li Na');
});

test('"the report said" speaks for the body a definite report was published by ("The report, published by the WTO, …")', () => {
  const WTO: EntitySpec = { name: 'World Trade Organization', type: 'organization', forms: ['World Trade Organization'] };
  const text = 'The report, released by the World Trade Organization on Thursday, cut the forecast for goods trade. "Uncertainty is weighing on investment," the report said.';
  assert.equal(speakerOf(text, [WTO])?.name, 'World Trade Organization');
  const UNDP: EntitySpec = { name: 'UN Development Programme', type: 'organization', forms: ['UN Development Programme'] };
  const from = 'The study from the UN Development Programme tracked 120 countries. "Progress has stalled for the poorest," the study said.';
  assert.equal(speakerOf(from, [UNDP])?.name, 'UN Development Programme');
});

test('a definite report with no issuer named after it gives "the report said" no issuer', () => {
  const IMF: EntitySpec = { name: 'International Monetary Fund', type: 'organization', forms: ['International Monetary Fund'] };
  const text = 'The report drew on data from 40 economies and cited the International Monetary Fund twice. "Debt is rising fast," the report said.';
  assert.equal(speakerOf(text, [IMF])?.entity, null);
});

test('a report "released by" or "conducted by" a body speaks for it, introduced with "a" or "the", and the report itself too', () => {
  const NBS: EntitySpec = { name: 'National Bureau of Statistics', type: 'organization', forms: ['National Bureau of Statistics'] };
  const released = 'According to a report released by the National Bureau of Statistics on Monday, industrial output rose 6 percent. "The recovery is gathering pace," the report said.';
  assert.equal(speakerOf(released, [NBS])?.name, 'National Bureau of Statistics');
  const CNNIC: EntitySpec = { name: 'China Internet Network Information Center', type: 'organization', forms: ['China Internet Network Information Center'] };
  const conducted = 'The survey, conducted by the China Internet Network Information Center, covered 31 provinces. "Older users grew fastest," the survey said.';
  assert.equal(speakerOf(conducted, [CNNIC])?.name, 'China Internet Network Information Center');
  const EMBASSY: EntitySpec = { name: 'Chinese Embassy in London', type: 'organization', forms: ['Chinese Embassy in London'] };
  const itself = 'The statement, issued by the Chinese Embassy in London, called the accusations "malicious slander" and urged restraint.';
  assert.equal(speakerOf(itself, [EMBASSY])?.name, 'Chinese Embassy in London');
});

test('after a leading clause, "a resident of the town told" gives the resident, named with the place', () => {
  const text = 'When the typhoon made landfall on Sunday, a fisherman in the village told reporters that "the waves were higher than the houses."';
  assert.equal(speakerOf(text)?.text, 'a fisherman in the village');
});

test('"according to a statement" with no issuer leaves the quotation to the one who "said" it before', () => {
  const PBOC: EntitySpec = { name: "People's Bank of China", type: 'organization', forms: ["People's Bank of China"] };
  const text = 'The People\'s Bank of China said lending would "remain reasonably ample" through the year, according to a statement.';
  assert.equal(speakerOf(text, [PBOC])?.name, "People's Bank of China");
  const NDRC: EntitySpec = { name: 'National Development and Reform Commission', type: 'organization', forms: ['National Development and Reform Commission'] };
  const named = 'Prices of pork will "stay stable" this winter, according to a statement from the National Development and Reform Commission.';
  assert.equal(speakerOf(named, [NDRC])?.name, 'National Development and Reform Commission');
});
