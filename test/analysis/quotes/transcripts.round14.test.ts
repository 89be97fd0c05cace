import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;

test('in a press-conference transcript, "we" in an answer labelled with the spokesperson\'s name is that spokesperson', () => {
  const LIN: EntitySpec = { name: 'Lin Jian', type: 'person', forms: ['Lin Jian'] };
  const text = [
    'Foreign Ministry spokesperson Lin Jian took questions on Monday.',
    'Q: The new export controls took effect today. What is your comment?',
    'Lin Jian: China opposes the abuse of export controls. We will take "resolute measures" to protect our rights.',
  ].join('\n');
  assert.equal(speakerOf(text, [LIN])?.name, 'Lin Jian');
});

test('"we" after an answer label "A:" is not taken for a name', () => {
  const text = ['Q: What comes next?', 'A: We will keep working "day and night" to finish the bridge.'].join('\n');
  assert.notEqual(speakerOf(text, [])?.text, 'A');
});

test('a country\'s possessive before a post only qualifies it: "Egypt\'s foreign minister" is not Egypt', () => {
  const EGYPT: EntitySpec = { name: 'Egypt', type: 'location', forms: ['Egypt'] };
  const text = 'Egypt\'s foreign minister said on Sunday that Cairo would "never accept the displacement" of civilians.';
  const speaker = speakerOf(text, [EGYPT]);
  assert.equal(speaker?.text, 'Egypt\'s foreign minister');
  assert.equal(speaker?.entity, null);
});

test('"Egypt\'s foreign minister" is the foreign minister the article named', () => {
  const EGYPT: EntitySpec = { name: 'Egypt', type: 'location', forms: ['Egypt'] };
  const ABDELATTY: EntitySpec = { name: 'Badr Abdelatty', type: 'person', forms: ['Badr Abdelatty'], roles: ['egyptian foreign minister', 'foreign minister', 'minister'] };
  const text = 'Badr Abdelatty met his Jordanian counterpart on Saturday. Egypt\'s foreign minister said on Sunday that Cairo would "never accept the displacement" of civilians.';
  assert.equal(speakerOf(text, [EGYPT, ABDELATTY])?.name, 'Badr Abdelatty');
});
