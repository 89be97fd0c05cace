/**
 * Paragraphs of the plain text as the speaker rules see them: a paragraph is a line; blank lines, photo captions
 * ("… /CGTN Photo", "… 2025. REUTERS/Jane Doe") and page furniture ("ADVERTISEMENT", "Read more: …") between two
 * paragraphs do not count as one. Captions and furniture are the structure reader's (one definition of each).
 */
import { isCaption } from '../structure/captions';
import { isFragment } from '../structure/fragments';

/** Whether a line is a photo caption (it ends with a credit), as the structure reader decides. */
export const isCaptionLine = (line: string): boolean => isCaption(line.trim());

/** Start of the line holding offset `at`. */
export const paragraphStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/**
 * Start of the paragraph before the one starting at `start`, over blank lines and captions; `start` itself when
 * there is none.
 */
export function previousParagraphStart(text: string, start: number): number {
  let end = start - 1; // the line break before the paragraph
  while (end > 0) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(from, end);
    const trimmed = line.trim();
    if (trimmed !== '' && !isCaption(trimmed) && !isFragment(trimmed)) return from;
    end = from - 1;
  }
  return start;
}
