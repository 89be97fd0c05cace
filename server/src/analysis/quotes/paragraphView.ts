/**
 * A paragraph seen as tokens with its quoted stretches, and where its sentences start and end
 * (quotation-aware: a full stop inside a quotation does not end the sentence around it).
 */
import type { Token } from '../types';
import { stopEndsSentence } from './sentenceBoundary';

/** One paragraph's tokens, with the quoted stretches of it. */
export interface ParagraphView {
  tokens: Token[];
  /** Token range of the paragraph in `tokens`, end exclusive. */
  lo: number;
  hi: number;
  /** Token ranges [first, end) of every quoted segment of the paragraph, in order. */
  quoted: { first: number; end: number }[];
}

/** Index of the first token starting at or after `at`. */
export function firstAfter(t: Token[], at: number): number {
  let lo = 0, hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A word as a verb: lower-cased, or '' for a capitalized word ("States" in "the United States" is no verb). */
export const verbForm = (x: Token) => (/^\p{Lu}/u.test(x.text) ? '' : x.text.toLowerCase());
const END_MARK = /^(?:[.!?]|\.{3})$/;

/**
 * Whether token `k` ends a sentence: a stop not before a comma or lower-case word, nor after a title or an initial
 * ("Del. Stacey Plaskett", "E. Jean Carroll"); an abbreviation that keeps its own full stop ("U.S.") only where
 * `stopEndsSentence` says so ("… in the U.S. The talks …").
 */
export function endsSentence(t: Token[], k: number, hi: number): boolean {
  const next = k + 1 < hi ? t[k + 1] : null;
  // the words after the stop, past an opening mark
  const j = next && /^["“‘']$/.test(next.text) ? k + 2 : k + 1;
  const words = () => [j < hi ? t[j].text : '', j + 1 < hi ? t[j + 1].text : ''] as const;
  if (!END_MARK.test(t[k].text)) return t[k].text.length > 1 && t[k].text.endsWith('.') && !!next && /^\p{Lu}/u.test(words()[0]) && stopEndsSentence(t[k].text, ...words());
  if (t[k].text === '.' && k > 0 && t[k - 1].end === t[k].start && !stopEndsSentence(t[k - 1].text, ...words())) return false;
  return !next || !(/^[,;)\]]$/.test(next.text) || /^\p{Ll}/u.test(next.text));
}

/** Start of the sentence holding token `k`, walking back over quotations. */
export function sentenceStart(view: ParagraphView, k: number): number {
  const t = view.tokens;
  let s = k;
  while (s > view.lo) {
    const inQuote = view.quoted.find((r) => r.first < s && s <= r.end - 1);
    if (inQuote) { s = inQuote.first; continue; }
    // a quotation closed by a full stop, then a capital: "…the timing." Gov. Pat McCrory said
    const closed = view.quoted.find((r) => r.end === s);
    if (closed && s < view.hi && /^\p{Lu}/u.test(t[s].text) && /[.!?]$/.test(t.slice(closed.first, closed.end).map((x) => x.text).join('').replace(/["”'’\s]+$/u, ''))) break;
    if (endsSentence(t, s - 1, view.hi) && !view.quoted.some((r) => r.first <= s - 1 && s - 1 < r.end)) break;
    s--;
  }
  return s;
}
