/**
 * Paragraphs of the plain text as the speaker rules see them: a paragraph is a line; blank lines and photo captions
 * ("… /CGTN Photo", "(Photo/CGTN)") between two paragraphs do not count as one.
 */

/** The end of a caption: a photo credit ("/CGTN Photo", "(Photo/CGTN)", "Jane Doe via Getty Images", "/Reuters"). */
export const CREDIT_LINE = /(?:Photo\)?|\(Photo\/[^)]*\)|\bvia Getty Images\.?|\/\s?(?:Getty Images|Reuters|AFP|AP|Xinhua|VCG|IC)\.?)\s*$/;

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
    if (line.trim() !== '' && !CREDIT_LINE.test(line)) return from;
    end = from - 1;
  }
  return start;
}
