import type { Block, BlockKind, Structure } from '../types';
import { isCaption } from './captions';
import { isFragment } from './fragments';
import { readHeader } from './header';
import { nonEmptyLines } from './lines';
import { findPrintedDate } from './printedDate';

/**
 * The article's structure: header (title, byline, source, timestamp, tags), then one block per non-empty line,
 * each a paragraph, a photo caption (repeats point at their first occurrence) or a stray fragment.
 */
export function readStructure(text: string): Structure {
  const lines = nonEmptyLines(text);
  const { header, consumed } = readHeader(lines);
  const blocks: Block[] = [];
  const firstSeen = new Map<string, number>();
  lines.forEach((line, i) => {
    let kind: BlockKind;
    if (i < consumed) {
      kind = header.title?.start === line.start ? 'title' : header.tags && line.start === header.tags.start ? 'tags'
        : header.timestamp && line.start === header.timestamp.start ? 'timestamp'
          : header.byline && line.start === header.byline.start ? 'byline' : 'source';
    } else if (isCaption(line.text)) kind = 'caption';
    else if (isFragment(line.text)) kind = 'fragment';
    else kind = 'paragraph';
    const block: Block = { start: line.start, end: line.end, kind };
    if (kind === 'caption') {
      const first = firstSeen.get(line.text);
      if (first !== undefined) block.duplicateOf = first;
      else firstSeen.set(line.text, blocks.length);
    }
    blocks.push(block);
  });
  const structure: Structure = { blocks, header };
  const printedDate = findPrintedDate(text, blocks);
  if (printedDate) structure.printedDate = printedDate;
  return structure;
}
