/**
 * Paragraphs of the article as the speaker rules see them: the structure reader's blocks, looked up by offset. A photo
 * caption ("… /CGTN Photo", "… 2025. REUTERS/Jane Doe") or page furniture ("ADVERTISEMENT", "Read more: …") between
 * two paragraphs does not count as one; the structure reader has classified every line once, so the rules here read
 * its kinds rather than judging raw lines again.
 */
import { firstIndex } from '../sortedSearch';
import type { Block } from '../types';

/** Blocks a story runs through; captions and stray fragments between paragraphs are skipped over. */
const INTERRUPTIONS = new Set(['caption', 'fragment']);

/** Index of the paragraph before block `b`, skipping captions and fragments, or -1. */
export function previousParagraph(blocks: Block[], b: number): number {
  let p = b - 1;
  while (p >= 0 && INTERRUPTIONS.has(blocks[p].kind)) p--;
  return p >= 0 && blocks[p].kind === 'paragraph' ? p : -1;
}

/** Index of the block holding offset `at` (the last one starting at or before it), or -1 before the first. */
export const blockIndexAt = (blocks: Block[], at: number): number => firstIndex(blocks, (b) => b.start > at) - 1;

/** Whether offset `at` stands in a photo caption (a line the structure reader found to end with a credit). */
export function inCaptionBlock(blocks: Block[], at: number): boolean {
  const b = blockIndexAt(blocks, at);
  return b >= 0 && at < blocks[b].end && blocks[b].kind === 'caption';
}

/** Start of the block (paragraph) holding offset `at`; `at` itself outside every block. */
export function paragraphStart(blocks: Block[], at: number): number {
  const b = blockIndexAt(blocks, at);
  return b >= 0 ? blocks[b].start : at;
}

/**
 * Start of the paragraph before the one holding offset `at`, over captions and fragments; the start of its own
 * paragraph when there is none (the first paragraph, or one after the header).
 */
export function previousParagraphStart(blocks: Block[], at: number): number {
  const b = blockIndexAt(blocks, at);
  if (b < 0) return at;
  const p = previousParagraph(blocks, b);
  return p >= 0 ? blocks[p].start : blocks[b].start;
}
