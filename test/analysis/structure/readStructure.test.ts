import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';
import { KANG, MINJOO, sample } from '../../helpers/samples';

describe('article structure', () => {
  it('reads the header: title, source line and JSON tag list', () => {
    const text = sample(KANG);
    const { header, blocks } = readStructure(text);
    assert.equal(header.title?.text, 'China urges South Korea to continue to properly handle THAAD issue');
    assert.equal(header.source?.text, 'CGTN');
    assert.deepEqual(header.tags?.values, ['china']);
    assert.deepEqual(blocks.slice(0, 4).map((b) => b.kind), ['title', 'source', 'tags', 'paragraph']);
  });

  it('reads a timestamp line in the header, before or after the source line, and takes the article date from it', () => {
    const text = 'China, S. Korea agree to move past THAAD\nCGTN\nUpdated 14:32, 22-Nov-2017\n["china"]\nWang Yi met Kang on Wednesday.\nA man waves, Jan. 5, 2017. /CGTN Photo';
    const s = readStructure(text);
    assert.deepEqual(s.blocks.slice(0, 5).map((b) => b.kind), ['title', 'source', 'timestamp', 'tags', 'paragraph']);
    assert.equal(s.header.timestamp?.text, 'Updated 14:32, 22-Nov-2017');
    assert.deepEqual(s.header.tags?.values, ['china']);
    assert.deepEqual([s.printedDate?.value, s.printedDate?.where], ['2017-11-22', 'header']);
    const swapped = readStructure('Talks resume in Seoul\nPublished: Nov 22, 2017\nXinhua\nThe talks resumed.');
    assert.deepEqual(swapped.blocks.map((b) => b.kind), ['title', 'timestamp', 'source', 'paragraph']);
  });

  it('reads a byline under the title, so that it is not taken for the source line', () => {
    const text = 'China, S. Korea agree to move past THAAD\nBy Li Jing\nCGTN\nUpdated 14:32, 22-Nov-2017\n["china"]\nWang Yi met Kang on Wednesday.';
    const s = readStructure(text);
    assert.deepEqual(s.blocks.map((b) => b.kind), ['title', 'byline', 'source', 'timestamp', 'tags', 'paragraph']);
    assert.equal(s.header.byline?.text, 'By Li Jing');
    assert.equal(s.header.source?.text, 'CGTN');
  });

  it('does not take a dated sentence after a title for a timestamp', () => {
    const { blocks } = readStructure('Talks resume in Seoul\nThe talks resumed on Nov. 22, 2017, officials said.\nThey went well.');
    assert.deepEqual(blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'paragraph']);
  });

  it('finds no header when the article starts with a caption', () => {
    const { header, blocks } = readStructure(sample(MINJOO));
    assert.deepEqual(header, {});
    assert.equal(blocks[0].kind, 'caption');
  });

  it('marks photo captions of both credit styles and links repeated captions to the first', () => {
    const text = sample(KANG);
    const { blocks } = readStructure(text);
    const captions = blocks.filter((b) => b.kind === 'caption');
    assert.equal(captions.length, 6);
    assert.ok(captions.every((c) => /Photo$/.test(text.slice(c.start, c.end))));
    const repeats = captions.filter((c) => c.duplicateOf !== undefined);
    assert.equal(repeats.length, 3);
    for (const r of repeats) assert.equal(text.slice(r.start, r.end), text.slice(blocks[r.duplicateOf!].start, blocks[r.duplicateOf!].end));
    assert.ok(readStructure('A man waves. (Photo/CGTN)\nHe said so.').blocks[0].kind === 'caption');
  });

  it('treats a stray short line as a fragment, not a paragraph', () => {
    const text = sample(KANG);
    const last = readStructure(text).blocks.at(-1)!;
    assert.equal(text.slice(last.start, last.end), '6km');
    assert.equal(last.kind, 'fragment');
  });

  it('reads the article date from the first dated caption', () => {
    assert.equal(readStructure(sample(MINJOO)).printedDate?.value, '2017-01-05');
    assert.equal(readStructure(sample(KANG)).printedDate?.value, '2017-11-22');
  });

  it('prefers a dateline at the start of the first paragraph', () => {
    const text = 'BEIJING, Nov. 3, 2016 (Xinhua) -- China on Thursday said talks would go on.\nA man waves, Jan. 5, 2017. /CGTN Photo';
    const date = readStructure(text).printedDate;
    assert.equal(date?.value, '2016-11-03');
    assert.equal(date?.where, 'dateline');
  });

  it('takes a yearless dateline over a caption, with the year that puts it nearest the caption\'s date', () => {
    const text = 'BEIJING, Dec. 30 (Xinhua) -- China on Thursday said talks would go on.\nA man waves, Jan. 2, 2017. /CGTN Photo';
    const date = readStructure(text).printedDate;
    assert.deepEqual([date?.value, date?.where, text.slice(date!.start, date!.end)], ['2016-12-30', 'dateline', 'Dec. 30']);
  });

  it('leaves the year of a yearless dateline open when nothing else is dated, and ignores capitals that are no place', () => {
    assert.equal(readStructure('GENEVA, Switzerland, March 12 -- The talks resumed on Tuesday.').printedDate?.value, 'XXXX-03-12');
    assert.equal(readStructure('Wang Yi, March 12 was the day the talks resumed.').printedDate, undefined);
  });

  it('keeps CRLF line ends out of blocks and survives empty and odd input', () => {
    const crlf = 'Wang Yi met Kang.\r\n\r\nThey talked.\r\n';
    const { blocks } = readStructure(crlf);
    assert.deepEqual(blocks.map((b) => crlf.slice(b.start, b.end)), ['Wang Yi met Kang.', 'They talked.']);
    assert.deepEqual(readStructure('').blocks, []);
    assert.deepEqual(readStructure('\n\n  \n').blocks, []);
    assert.equal(readStructure('😀 Emoji 🇰🇷 news\u0000').blocks.length, 1);
  });
});
