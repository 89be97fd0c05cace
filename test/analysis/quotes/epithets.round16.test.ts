import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of sports and science news.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;
const PAN: EntitySpec = { name: 'Pan Zhanle', type: 'person', forms: ['Pan Zhanle', 'Pan'] };

test('an age epithet stands for the person named in the paragraph just before ("… Pan Zhanle … ¶ “…,” the 19-year-old said")', () => {
  const text = 'Chinese swimmer Pan Zhanle broke the world record in the 100m freestyle on Wednesday.\n"I just wanted to prove myself," the 19-year-old said.';
  assert.equal(speakerOf(text, [PAN])?.name, 'Pan Zhanle');
});

test('an epithet reaches over a photo caption to the paragraph before it, and a photographer credited in it is no antecedent', () => {
  const ROE: EntitySpec = { name: 'Jane Roe', type: 'person', forms: ['Jane Roe'] };
  const text = 'Pan Zhanle broke the world record in the 100m freestyle on Wednesday.\nJane Roe via Getty Images.\n"I just wanted to prove myself," the 19-year-old said.';
  assert.equal(speakerOf(text, [PAN, ROE])?.name, 'Pan Zhanle');
  const cgtn = 'Pan Zhanle broke the world record on Wednesday.\nSpectators cheer at the aquatics centre in Paris, July 31, 2024. /CGTN Photo\n"I just wanted to prove myself," the 19-year-old said.';
  assert.equal(speakerOf(cgtn, [PAN])?.name, 'Pan Zhanle');
});

test('an epithet does not reach two paragraphs back: the one it describes may be someone not yet named', () => {
  const text = 'Pan Zhanle broke the world record in the 100m freestyle on Wednesday.\nThe relay team also reached the final.\n"I just wanted to prove myself," the 19-year-old said.';
  assert.equal(speakerOf(text, [PAN])?.entity, null);
});

test('sportsperson nouns are epithets too: "the freestyle skier", "the world No. 1"', () => {
  const GU: EntitySpec = { name: 'Gu Ailing', type: 'person', forms: ['Gu Ailing', 'Gu'] };
  assert.equal(speakerOf('Gu Ailing won gold in the halfpipe on Friday.\n"I wanted to push the level of the sport," the freestyle skier said.', [GU])?.name, 'Gu Ailing');
  const SUN: EntitySpec = { name: 'Sun Yingsha', type: 'person', forms: ['Sun Yingsha', 'Sun'] };
  assert.equal(speakerOf('Sun Yingsha won the singles title in Chengdu on Sunday.\n"Every match here was a battle," the world No. 1 said.', [SUN])?.name, 'Sun Yingsha');
});

test('an organization before an epithet only qualifies it: "the UFC champion" is the champion, not the UFC', () => {
  const ZHANG: EntitySpec = { name: 'Zhang Weili', type: 'person', forms: ['Zhang Weili', 'Zhang'] };
  const UFC: EntitySpec = { name: 'UFC', type: 'organization', forms: ['UFC'] };
  const text = 'Zhang Weili defended her title on Saturday night in Las Vegas.\n"I want to inspire more young girls," the UFC champion said.';
  assert.equal(speakerOf(text, [ZHANG, UFC])?.name, 'Zhang Weili');
});

test('event and performer nouns are epithets: "the hurdler", "the Japanese slugger", "the singer"', () => {
  const WU: EntitySpec = { name: 'Wu Yanni', type: 'person', forms: ['Wu Yanni', 'Wu'] };
  assert.equal(speakerOf('Wu Yanni finished fourth in the 100m hurdles final.\n"I am not satisfied," the hurdler said.', [WU])?.name, 'Wu Yanni');
  const OHTANI: EntitySpec = { name: 'Shohei Ohtani', type: 'person', forms: ['Shohei Ohtani', 'Ohtani'] };
  const JAPANESE: EntitySpec = { name: 'Japanese', type: 'misc', forms: ['Japanese'] };
  assert.equal(speakerOf('Shohei Ohtani hit his 50th home run on Thursday.\n"It\'s a special moment," the Japanese slugger said.', [OHTANI, JAPANESE])?.name, 'Shohei Ohtani');
  const SWIFT: EntitySpec = { name: 'Taylor Swift', type: 'person', forms: ['Taylor Swift', 'Swift'] };
  assert.equal(speakerOf('Taylor Swift ended her world tour in Vancouver on Sunday. "You gave me the best two years of my life," the singer said.', [SWIFT])?.name, 'Taylor Swift');
});
