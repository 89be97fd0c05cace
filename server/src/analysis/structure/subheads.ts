import type { Span } from '../types';

/**
 * Subheads: the short lines a feature or an explainer sets between its paragraphs to name the part that follows:
 * "WHAT IS THE STRAIT OF HORMUZ?", "1. Innovation first", "3) Green transition", "Why it matters". They are headlines,
 * not sentences: a capital opens each for the line's sake, not for a name's ("Innovation", "Green").
 */

/** A list number before a numbered subhead: "1. ", "2) ". */
export const LIST_NUMBER = /^\d{1,2}[.)]\s+/;

/**
 * No sentence ends the line (a question may: "Why does it matter?"), and none of these are in it: a comma, a
 * semicolon or quotation marks (a clause, a pull quote: "Wary of 'chaos.'"), a colon (a speaker's label in a
 * transcript, "Q: Is he conservative?", or a link's "Read more: …"), a digit past the list number (a dateline "LONDON
 * 2025-03-01", a result "Japan 2 Syria 1"). Nor does a bracket open it ("(BEGIN VIDEO CLIP)") or "By" (a byline).
 */
const NOT_SUBHEAD = /[.!]\s*$|[,;:"“”„‘\d]|(?:^|\s)'|^[(\[]|^By\s/;

/**
 * The shape of a subhead, the list number taken off: capitals only, or a few words opening with a capital. Unless it
 * is numbered, a short line in mixed case has a word in lower case ("Innovation first", "Why it matters"): two or three
 * capitalized words alone may be a name set on its line ("Jane Doe" under a paragraph, the next writer's byline).
 */
function hasSubheadShape(words: string[], line: string, numbered: boolean): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  if (letters === letters.toUpperCase()) return words.length >= 2 && words.length <= 12;
  return words.length >= 2 && words.length <= 6 && line.length <= 50 && /^\p{Lu}/u.test(line)
    && (numbered || words.some((w) => /^\p{Ll}/u.test(w)));
}

/** Whether a line has the shape of a subhead ("WHAT COMES NEXT?", "2. Domestic demand", "Why it matters"). */
export function looksLikeSubhead(line: string): boolean {
  if (line.length > 80) return false;
  const number = LIST_NUMBER.exec(line);
  const rest = number ? line.slice(number[0].length) : line;
  if (NOT_SUBHEAD.test(rest)) return false;
  return hasSubheadShape(rest.split(/\s+/), rest, number !== null);
}

/**
 * A line of prose around a subhead: a paragraph long enough to be one and ending as a sentence does. A subhead stands
 * between such paragraphs; a short line among other short lines (a results table, a list of links) is none.
 */
export function isProse(line: string): boolean {
  return line.length >= 60 && /[.!?]["”’)]?$/.test(line);
}

/**
 * The sentences of a numbered subhead with its list number set apart ("1." | "Innovation first"): the words after the
 * number open the headline, as a title's first word opens it, and their capital says nothing of a name. Other blocks'
 * sentences are returned as they are.
 */
export function subheadSentences<S extends Span & { firstToken: number; endToken: number }>(text: string, tokens: Span[], sentences: S[]): S[] {
  const number = LIST_NUMBER.exec(text);
  const first = sentences[0];
  if (!number || !first) return sentences;
  let k = first.firstToken;
  while (k < first.endToken && tokens[k].start < number[0].length) k++;
  if (k === first.firstToken || k === first.endToken) return sentences;
  return [{ ...first, end: tokens[k - 1].end, endToken: k }, { ...first, start: tokens[k].start, firstToken: k }, ...sentences.slice(1)];
}
