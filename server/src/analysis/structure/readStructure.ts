import type { Block, BlockKind, Structure } from '../types';
import { isCaption } from './captions';
import { isFragment } from './fragments';
import { readHeader } from './header';
import { nonEmptyLines } from './lines';
import { isClosingNote, isNote, writersOf } from './notes';
import { findPrintedDate } from './printedDate';

/**
 * The article's structure: header (title, byline, source, timestamp, tags), then one block per non-empty line,
 * each a paragraph, a photo caption (repeats point at their first occurrence), a note on the story ("(Reporting by
 * …)", "Source: Xinhua") or a stray fragment.
 */
export function readStructure(text: string): Structure {
  const lines = nonEmptyLines(text);
  const { header, consumed, kinds } = readHeader(lines);
  const blocks: Block[] = [];
  const firstSeen = new Map<string, number>();
  lines.forEach((line, i) => {
    let kind: BlockKind;
    if (i < consumed) kind = kinds[i];
    else if (isCaption(line.text)) kind = 'caption';
    else if (isNote(line.text)) kind = 'note';
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
  markClosingNotes(text, blocks, header.byline ? writersOf(header.byline.text) : []);
  const structure: Structure = { blocks, header };
  const printedDate = findPrintedDate(text, blocks);
  if (printedDate) structure.printedDate = printedDate;
  return structure;
}

/** The kinds that may stand among the notes closing a story: a photo, a stray "Enditem" or "___". */
const AMONG_NOTES = new Set<BlockKind>(['note', 'caption', 'fragment']);

/**
 * Marks as notes the paragraphs among the last blocks that are notes only there ("The author is a senior fellow at
 * …"), walking back from the end over notes, captions and fragments. In place.
 */
function markClosingNotes(text: string, blocks: Block[], writers: string[]): void {
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b];
    if (block.kind === 'paragraph' && isClosingNote(text.slice(block.start, block.end), writers)) block.kind = 'note';
    else if (!AMONG_NOTES.has(block.kind)) return;
  }
}
