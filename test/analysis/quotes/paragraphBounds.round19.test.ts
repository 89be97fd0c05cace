import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inCaptionBlock, paragraphStart, previousParagraphStart } from '../../../server/src/analysis/quotes/paragraphBounds';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

// A text written for these tests, in the style of a CGTN report with a photo and page furniture between paragraphs.
const TEXT = [
  'Chinese carmaker BYD opened its first plant in Europe on Thursday.',
  '',
  'Workers assemble cars at the new plant in Szeged, Hungary, December 4, 2025. /CGTN Photo',
  'ADVERTISEMENT',
  'The company said output would reach 150,000 cars a year.',
].join('\n');
const blocks = readStructure(TEXT).blocks;
const at = (s: string) => TEXT.indexOf(s);

test('the paragraph walk reads the structure reader\'s blocks: a caption and page furniture between paragraphs are skipped', () => {
  assert.equal(previousParagraphStart(blocks, at('output would')), 0);
  assert.equal(paragraphStart(blocks, at('output would')), at('The company'));
});

test('the first paragraph has no paragraph before it: the walk stays at its own start', () => {
  assert.equal(previousParagraphStart(blocks, at('its first plant')), 0);
});

test('a mention in a photo caption is known by its block, not by judging the line again', () => {
  assert.equal(inCaptionBlock(blocks, at('Szeged')), true);
  assert.equal(inCaptionBlock(blocks, at('BYD')), false);
  assert.equal(inCaptionBlock(blocks, at('company')), false);
});
