import type { Block, BlockKind, Structure } from '../types';
import { isCaption } from './captions';
import { isFragment, isLinkListHeading, isLinkListItem, LINK_LIST_HEADING_LENGTH } from './fragments';
import { readHeader } from './header';
import { nonEmptyLines } from './lines';
import { isClosingNote, isNote, writersOf } from './notes';
import { findPrintedDate } from './printedDate';
import { isProse, looksLikeSubhead } from './subheads';

/**
 * The article's structure: header (title, byline, source, timestamp, tags), then one block per non-empty line,
 * each a paragraph, a photo caption (repeats point at their first occurrence), a note on the story ("(Reporting by
 * …)", "Source: Xinhua"), a subhead ("WHAT COMES NEXT?") or a stray fragment.
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
  markLinkLists(text, blocks);
  markSubheads(text, blocks);
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

/** The kinds a subhead's neighbours may be, past the photos between them: paragraphs of prose. */
const isProseBlock = (text: string, block: Block | undefined) => block?.kind === 'paragraph' && isProse(text.slice(block.start, block.end));

/**
 * Marks as subheads the paragraphs in the shape of one that stand between paragraphs of prose, a photo aside; the
 * shape alone would take a line of a results table or of a list of links for one. In place.
 */
function markSubheads(text: string, blocks: Block[]): void {
  for (let b = 1; b < blocks.length - 1; b++) {
    if (blocks[b].kind !== 'paragraph' || blocks[b].end - blocks[b].start > 80 || !looksLikeSubhead(text.slice(blocks[b].start, blocks[b].end))) continue;
    let p = b - 1, n = b + 1;
    while (p > 0 && blocks[p].kind === 'caption') p--;
    while (n < blocks.length - 1 && blocks[n].kind === 'caption') n++;
    if (isProseBlock(text, blocks[p]) && isProseBlock(text, blocks[n])) blocks[b].kind = 'subhead';
  }
}

/** The kinds a line of a list of links was read as on its own: a headline is a paragraph, a topic a fragment. */
const AMONG_LINKS = new Set<BlockKind>(['paragraph', 'fragment']);

/**
 * Marks as fragments the lists of links a site sets under the story ("Related stories", "Most read", "Search Trends")
 * and the headlines and topics under each heading, up to the next line of prose. In place.
 */
function markLinkLists(text: string, blocks: Block[]): void {
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    // A heading is short: most lines are ruled out before they are sliced.
    if (!AMONG_LINKS.has(block.kind) || block.end - block.start > LINK_LIST_HEADING_LENGTH || !isLinkListHeading(text.slice(block.start, block.end))) continue;
    block.kind = 'fragment';
    while (b + 1 < blocks.length && AMONG_LINKS.has(blocks[b + 1].kind) && isLinkListItem(text.slice(blocks[b + 1].start, blocks[b + 1].end))) blocks[++b].kind = 'fragment';
  }
}

