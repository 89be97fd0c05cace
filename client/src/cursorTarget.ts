import type { CursorSpan } from './placedCursor';

/** Letters and digits, with the apostrophes, hyphens and periods that sit inside names ("Kang Kyung-wha", "U.S.", "O'Brien"). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’.-]/u;
const WORD_START = /[\p{L}\p{N}]/u;

/**
 * What a tagging key (Ctrl+Alt+X, Ctrl+Alt+P…, Ctrl+Alt+T) acts on when nothing is selected: the detection under the
 * cursor — the innermost one, so a name inside a quote is the name — else the word under the cursor without the
 * possessive or the full stop that follows it. The word alone once took "Seoul's" for the place "Seoul" and
 * "Beijing." at a sentence's end, so that "reject" saved a span matching no detection and the name stayed detected.
 */
export function spanAtCursor(text: string, offset: number, detections: readonly CursorSpan[]): CursorSpan | undefined {
  const around = detections.filter((d) => d.start <= offset && offset <= d.end && d.start < d.end);
  if (around.length) return around.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  return wordAt(text, offset);
}

/** The word at `offset` (or just before it, with the cursor at its end), trimmed of a possessive and trailing marks. */
export function wordAt(text: string, offset: number): CursorSpan | undefined {
  let start = offset;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  while (start < end && !WORD_START.test(text[start])) start++;
  let word = text.slice(start, end);
  for (let before = ''; before !== word; ) {
    before = word;
    word = word.replace(/[-'’]+$/u, '').replace(/['’]s$/u, '');
    // A full stop ends the sentence, unless the word is an abbreviation with a stop inside ("U.S.").
    if (word.endsWith('.') && !word.slice(0, -1).includes('.')) word = word.slice(0, -1);
  }
  return word && WORD_START.test(word[0]) ? { start, end: start + word.length } : undefined;
}
