import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

const kinds = (text: string) => readStructure(text).blocks.map((b) => b.kind);
/** The kinds of the blocks, then the printed date and where it was found. */
const dated = (text: string) => {
  const s = readStructure(text);
  return [s.blocks.map((b) => b.kind), s.printedDate?.value, s.printedDate?.where];
};

test('a section label above the title ("WORLD") is the section, and the title, source and tags under it stay the header', () => {
  const s = readStructure('WORLD\nChina, Brazil pledge deeper cooperation on clean energy\nCGTN\n["world"]\nOfficials signed the deals on Tuesday.');
  assert.deepEqual(s.blocks.map((b) => b.kind), ['section', 'title', 'source', 'tags', 'paragraph']);
  assert.equal(s.header.section?.text, 'WORLD');
  assert.equal(s.header.title?.text, 'China, Brazil pledge deeper cooperation on clean energy');
  assert.equal(s.header.source?.text, 'CGTN');
});

test('a section label may join its parts with "|" or ">" ("Business | Markets", "Home > News > Sci-Tech"), and the timestamp under the title dates the article', () => {
  assert.deepEqual(kinds('Business | Markets\nOil prices slip as OPEC+ weighs output hike\nBy Jane Doe\nLONDON, March 4 (Reuters) - Oil prices fell on Tuesday.'),
    ['section', 'title', 'byline', 'paragraph']);
  assert.deepEqual(dated('Home > News > Sci-Tech\nLunar probe returns with far side samples\nChina Daily\nUpdated: 2024-06-25 14:20\nThe capsule landed on Tuesday.'),
    [['section', 'title', 'source', 'timestamp', 'paragraph'], '2024-06-25', 'header']);
});

test('a short title over a source line is still the title: the label reading must reach further than the plain one', () => {
  assert.deepEqual(kinds('Brexit\nCGTN\n["europe"]\nTalks resumed in Brussels on Monday.'), ['title', 'source', 'tags', 'paragraph']);
  assert.deepEqual(kinds('Tech\nHuawei Unveils New Foldable Phone\nCGTN\n27-Nov-2025\nHuawei launched the phone on Wednesday.'),
    ['section', 'title', 'source', 'timestamp', 'paragraph']);
});

test('a short first line with no header under it stays a fragment', () => {
  assert.deepEqual(kinds('Opinion\nThe talks failed because neither side moved.\nBoth sides blamed each other.'), ['fragment', 'paragraph', 'paragraph']);
});

test('a labelled source line ("Source: Xinhua") is the source, its name less the label, and an editor\'s credit is the byline', () => {
  const s = readStructure('Xi meets Kenyan president in Beijing\nSource: Xinhua\nEditor: Zhang Wei\n2025-04-24 19:05:31\nThe two presidents met on Thursday.');
  assert.deepEqual(s.blocks.map((b) => b.kind), ['title', 'source', 'byline', 'timestamp', 'paragraph']);
  assert.equal(s.header.source?.text, 'Xinhua');
  assert.equal(s.header.byline?.text, 'Editor: Zhang Wei');
  assert.deepEqual(kinds('Wang Yi meets German counterpart\nSources: Xinhua, CGTN\nThe ministers met on Monday.'), ['title', 'source', 'paragraph']);
});

test('a live page\'s "Updated 10:42 GMT" under the title is a timestamp, though it prints no day', () => {
  assert.deepEqual(kinds('Live: Earthquake strikes off Japan\'s northeast coast\nUpdated 10:42 GMT\n10:42 GMT\nThe tsunami warning was lifted.'),
    ['title', 'timestamp', 'fragment', 'paragraph']);
});

test('a wire page\'s timestamp with its time zone and a relative update ("October 1, 2025 4:31 PM GMT+8 Updated 2 hours ago") is the timestamp', () => {
  assert.deepEqual(dated('Tesla sales fall in Europe\nReuters\nOctober 1, 2025 4:31 PM GMT+8 Updated 2 hours ago\nLONDON, Oct 1 (Reuters) - Sales fell.'),
    [['title', 'source', 'timestamp', 'paragraph'], '2025-10-01', 'header']);
});

test('a publication line printing two times ("Published: … Updated: …") is the timestamp, under a byline too', () => {
  assert.deepEqual(dated('By Zhang Hui and Liu Xin\nPublished: Jan 15, 2026 09:48 PM Updated: Jan 15, 2026 10:12 PM\nThe talks opened on Thursday.'),
    [['byline', 'timestamp', 'paragraph'], '2026-01-15', 'header']);
});

test('a live page\'s label under the title ("Summary", "Key points") is no source line', () => {
  assert.deepEqual(kinds('Ukraine war latest: Kyiv hit by missile strikes\nSummary\nRussia fired 40 missiles overnight, the air force said.'),
    ['paragraph', 'fragment', 'paragraph']);
});

test('a date a byline line prints beside the names ("By Li Wei in Kunming | Updated: 2025-09-03 16:40") dates the article', () => {
  assert.deepEqual(dated('Railway carries 50 million passengers\nChina Daily\nBy Li Wei in Kunming | chinadaily.com.cn | Updated: 2025-09-03 16:40\nThe railway opened in 2021.'),
    [['title', 'source', 'byline', 'paragraph'], '2025-09-03', 'header']);
});

test('a byline that names its outlet ("By Li Jing, CGTN") leaves no source line: the place under it is not taken for one', () => {
  const s = readStructure('By Li Jing, CGTN\nBeijing\nThe central bank cut the reserve requirement ratio on Friday.');
  assert.deepEqual(s.blocks.map((b) => b.kind), ['byline', 'fragment', 'paragraph']);
  assert.equal(s.header.source, undefined);
  assert.deepEqual(kinds('Banks cut rates\nBy Jane Doe, Senior Correspondent\nCGTN\nThe bank cut rates on Friday.'), ['title', 'byline', 'source', 'paragraph']);
});

test('the page\'s timestamp above the title ("China Daily Global | Updated: 2025-03-11 07:18") opens the header and dates the article', () => {
  assert.deepEqual(dated('China Daily Global | Updated: 2025-03-11 07:18\nLawmakers discuss AI regulation\nBy Zhang Yi\nLawmakers discussed a draft law on Monday.'),
    [['timestamp', 'title', 'byline', 'paragraph'], '2025-03-11', 'header']);
  assert.deepEqual(kinds('Nov. 3, 2016\nThe talks resumed on Monday.\nBoth sides met in Geneva.'), ['paragraph', 'paragraph', 'paragraph']);
});
