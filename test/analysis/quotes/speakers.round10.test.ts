import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;

test('"According to X, …" hands X the floor: a following "she said" is X, not the analyst quoted before', () => {
  const LOO: EntitySpec = { name: 'Louise Loo', type: 'person', forms: ['Louise Loo'] };
  const WANG: EntitySpec = { name: 'Wang Tao', type: 'person', forms: ['Wang Tao'] };
  const UBS: EntitySpec = { name: 'UBS', type: 'organization', forms: ['UBS'] };
  const text = [
    '"Property remains the biggest drag," said Louise Loo, an economist in Singapore.',
    'According to Wang Tao, chief economist at UBS, confidence is still fragile. "Households are saving, not spending," she said.',
  ].join('\n');
  assert.equal(speakerOf(text, [LOO, WANG, UBS], 1)?.name, 'Wang Tao');
});

test('a person named with a speech verb after an opening participle clause takes the floor from the previous speaker', () => {
  const WU: EntitySpec = { name: 'Wu Weiren', type: 'person', forms: ['Wu Weiren', 'Wu'] };
  const LI: EntitySpec = { name: 'Li Chunlai', type: 'person', forms: ['Li Chunlai'] };
  const text = [
    '"Landing on an asteroid is like landing a feather on a spinning coin," Wu Weiren said.',
    'Speaking at the launch site, project scientist Li Chunlai said the samples were precious. "Asteroids are time capsules," he said.',
  ].join('\n');
  assert.equal(speakerOf(text, [WU, LI], 1)?.name, 'Li Chunlai');
});

test('"the head of <organization>" is the one who holds the post, not the organization', () => {
  const CAST: EntitySpec = { name: 'China Academy of Space Technology', type: 'organization', forms: ['China Academy of Space Technology'] };
  const unnamed = speakerOf('"This is our most complex mission yet," the head of the China Academy of Space Technology said.', [CAST]);
  assert.equal(unnamed?.entity, null);
  assert.equal(unnamed?.text, 'the head of the China Academy of Space Technology');
  const ZHOU: EntitySpec = { name: 'Zhou Jianping', type: 'person', forms: ['Zhou Jianping'], roles: ['head'] };
  const text = 'Zhou Jianping, head of the China Academy of Space Technology, attended the launch. "This is our most complex mission yet," the head of the China Academy of Space Technology said.';
  assert.equal(speakerOf(text, [ZHOU, CAST])?.name, 'Zhou Jianping');
});

test('"the company said" stands for the organization named in the paragraph before, not a photo credit', () => {
  const HUAWEI: EntitySpec = { name: 'Huawei', type: 'organization', forms: ['Huawei'] };
  const CGTN: EntitySpec = { name: 'CGTN', type: 'organization', forms: ['CGTN'] };
  const text = [
    'Chinese tech giant Huawei on Tuesday unveiled a new smartphone processor in Shenzhen.',
    '"The chip was designed entirely in-house," the company said.',
  ].join('\n');
  assert.equal(speakerOf(text, [HUAWEI])?.name, 'Huawei');
  const afterCaption = ['Visitors try out new phones in Shenzhen, September 10, 2024. (Photo/CGTN)', '"Sales are rising," the company said.'].join('\n');
  assert.equal(speakerOf(afterCaption, [CGTN])?.entity, null);
});
