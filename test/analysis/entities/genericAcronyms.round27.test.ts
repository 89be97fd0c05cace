import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { dropGenericAcronyms } from '../../../server/src/analysis/entities/genericAcronyms';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s technology and business news.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('"AI" used as a common noun is no entity, even after a possessive before "chip" ("China\'s AI chip market", "AI infrastructure")', () => {
  const text = 'Export curbs cut the firm\'s share of Brazil\'s AI chip market, and Microsoft said it would spend $40 billion on AI infrastructure.';
  assert.deepEqual(names(text), ['Brazil/location', 'Microsoft/organization']);
});

test('names that contain "AI" stay organizations ("OpenAI", "xAI", "Mistral AI"), while "AI models" adds none', () => {
  const out = names('OpenAI, xAI and Mistral AI all released new AI models this spring.');
  assert.ok(!out.some((n) => n.startsWith('AI/')), out.join(', '));
  for (const n of ['OpenAI', 'xAI', 'Mistral AI']) assert.ok(out.some((x) => x.startsWith(`${n}/`)), n);
});

test('acronyms for a measure, a post or a kind of product ("GDP", "CEO", "IPO", "EVs", "GPU", "5G", "VR") are dropped, names kept', () => {
  const text = 'Kenya\'s GDP rose as EVs sold well; the CEO said the IPO of its GPU unit, 5G arm and VR lab would wait.';
  const ms = ['GDP', 'EVs', 'CEO', 'IPO', 'GPU', '5G', 'VR'].map((s) => at(text, s, 'organization'));
  assert.deepEqual(shown(text, dropGenericAcronyms(text, [at(text, 'Kenya', 'location'), ...ms])), ['Kenya/location']);
});

test('a common-noun acronym a person tagged stays', () => {
  const text = 'The IT department moved to Lagos.';
  assert.deepEqual(shown(text, dropGenericAcronyms(text, [at(text, 'IT', 'organization', 'user'), at(text, 'Lagos', 'location')])), ['IT/organization', 'Lagos/location']);
});
