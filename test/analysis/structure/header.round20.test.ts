import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

const kinds = (text: string) => readStructure(text).blocks.map((b) => b.kind);

test('the caption of the cover picture above the title does not stop the header from being read', () => {
  const s = readStructure('Visitors watch a light show at the Bund in Shanghai, China, October 1, 2025. /CGTN Photo\n'
    + 'Shanghai marks National Day with record tourist numbers\nCGTN\n["china"]\nThe city welcomed millions of visitors on Wednesday.');
  assert.deepEqual(s.blocks.map((b) => b.kind), ['caption', 'title', 'source', 'tags', 'paragraph']);
  assert.equal(s.header.title?.text, 'Shanghai marks National Day with record tourist numbers');
  assert.equal(s.printedDate?.where, 'caption');
});

test('a known outlet above the title is the source, not a section of the site', () => {
  const s = readStructure('China Daily\nHainan free trade port opens new customs zone\n["business"]\nThe zone began operating on Monday.');
  assert.deepEqual(s.blocks.map((b) => b.kind), ['source', 'title', 'tags', 'paragraph']);
  assert.equal(s.header.source?.text, 'China Daily');
  assert.equal(readStructure('Sci-Tech\nChang\'e-6 samples reveal volcanic past\nCGTN\nThe study was published on Friday.').header.section?.text, 'Sci-Tech');
});

test('a writer\'s name alone under the title is the byline, and an outlet\'s name stays the source', () => {
  const s = readStructure('Kenya opens new rail link to Uganda border\nWang Xiaolin\nCGTN\n["africa"]\nThe line opened on Thursday.');
  assert.deepEqual(s.blocks.map((b) => b.kind), ['title', 'byline', 'source', 'tags', 'paragraph']);
  assert.equal(s.header.byline?.text, 'Wang Xiaolin');
  assert.equal(s.header.source?.text, 'CGTN');
  assert.deepEqual(kinds('Floods hit southern Brazil\nJakarta Post\n["world"]\nRain fell for days.'), ['title', 'source', 'tags', 'paragraph']);
  assert.deepEqual(kinds('Floods hit southern Brazil\nCGTN Europe\n["world"]\nRain fell for days.'), ['title', 'source', 'tags', 'paragraph']);
});

test('an editor\'s note that disclaims the views of the piece is a note; one that opens the story stays a paragraph', () => {
  assert.deepEqual(kinds('Editor\'s note: Jane Doe is a research fellow at a Beijing think tank. The article reflects the author\'s opinions and not necessarily the views of CGTN.\n'
    + 'Trade between Asia and Africa has grown fast over the past decade.'), ['note', 'paragraph']);
  assert.deepEqual(kinds('Editor\'s note: As the climate talks open in Belem, CGTN looks at what is at stake for small island states.\n'
    + 'Rising seas threaten the homes of millions of people.'), ['paragraph', 'paragraph']);
});
