import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

const kinds = (text: string) => readStructure(text).blocks.map((b) => b.kind);

test('a reporter and where they file from ("Jane Doe in Kampala") is a byline, not the source line', () => {
  const s = readStructure('Global South leaders gather in Kampala\nJane Doe in Kampala\nCGTN\nLeaders from 100 countries met on Friday.');
  assert.deepEqual(s.blocks.map((b) => b.kind), ['title', 'byline', 'source', 'paragraph']);
  assert.equal(s.header.source?.text, 'CGTN');
});

test('a byline on the first line opens a header without a title, and the dateline under it dates the article', () => {
  const s = readStructure('By Jane Doe\nBRUSSELS, Dec. 11 (Reuters) - EU leaders agreed on Wednesday to extend sanctions.\nThe extension runs six months.');
  assert.deepEqual(s.blocks.map((b) => b.kind), ['byline', 'paragraph', 'paragraph']);
  assert.equal(s.header.title, undefined);
  assert.equal(s.header.byline?.text, 'By Jane Doe');
  assert.deepEqual([s.printedDate?.value, s.printedDate?.where], ['XXXX-12-11', 'dateline']);
});

test('a byline under the tag list belongs to the header', () => {
  assert.deepEqual(kinds('China launches new satellite\nCGTN\n["china"]\nBy Li Jing\nThe satellite lifted off on Friday.'), ['title', 'source', 'tags', 'byline', 'paragraph']);
});

test('a timestamp under the tag list belongs to the header and dates the article, with or without a byline', () => {
  const text = 'Ruling party keeps its lead as the count goes on\nAP\n["elections"]\nUpdated 09:40, 16-Mar-2026\nVote counting went into a second day on Monday.';
  assert.deepEqual(kinds(text), ['title', 'source', 'tags', 'timestamp', 'paragraph']);
  assert.equal(readStructure(text).header.timestamp?.text, 'Updated 09:40, 16-Mar-2026');
  assert.deepEqual(kinds('Ferry service resumes\nCGTN\n["china"]\nBy Li Jing\nUpdated 18:05, 02-Feb-2026\nThe ferries sailed again on Monday.'), ['title', 'source', 'tags', 'byline', 'timestamp', 'paragraph']);
  // A first paragraph that prints a date is no timestamp: it is a sentence.
  assert.deepEqual(kinds('Ferry service resumes\nCGTN\n["china"]\nThe ferries sailed again on Feb. 2, 2026.'), ['title', 'source', 'tags', 'paragraph']);
});

test('a subtitle under the title is no source line: a source is a name in title case', () => {
  assert.deepEqual(kinds('Ministers meet in Rome\nTalks focus on trade\nThe ministers met on Monday.'), ['paragraph', 'paragraph', 'paragraph']);
  assert.deepEqual(kinds('Ministers meet in Rome\nPeople\'s Daily\nThe ministers met on Monday.'), ['title', 'source', 'paragraph']);
  assert.deepEqual(kinds('Ministers meet in Rome\nXinhua News Agency\nThe ministers met on Monday.'), ['title', 'source', 'paragraph']);
});
