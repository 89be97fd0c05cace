/**
 * A paragraph seen as tokens with its quoted stretches, and where its sentences start and end
 * (quotation-aware: a full stop inside a quotation does not end the sentence around it).
 */
import type { Token } from '../types';

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

/** Titles written with a full stop before a name ("Del. Stacey Plaskett", "Adm. Mike Mullen"). */
const TITLES = 'Mr|Mrs|Ms|Dr|Prof|Rev|Hon|Sen|Rep|Del|Gov|Lt|Gen|Col|Capt|Sgt|Adm|Maj|Cmdr|Cpl|Pvt|Amb|Atty|Sec|Supt|Det|Insp|Pres|Gen|Fr|Sr|Jr|St';
const TITLE_ABBREVIATION = new RegExp(`^(?:${TITLES})$`);
/** Raw text ending with such a title ("because of Mr. "): no sentence ends there. */
export const ENDS_WITH_TITLE_ABBREVIATION = new RegExp(`\\b(?:${TITLES})\\.\\s*$`);
/** A sentence end in raw text: a full stop, question or exclamation mark and a space, not after a title nor an initial ("U.S. Treasury Secretary"). */
export const SENTENCE_END_IN_TEXT = new RegExp(`(?<!\\b(?:${TITLES}|[A-Z]))[.!?]["”]?\\s`);
/** A word as a verb: lower-cased, or '' for a capitalized word ("States" in "the United States" is no verb). */
export const verbForm = (x: Token) => (/^\p{Lu}/u.test(x.text) ? '' : x.text.toLowerCase());
const END_MARK = /^(?:[.!?]|\.{3})$/;

/** Whether token `k` ends a sentence: a full stop not after an initial ("E.") nor before a comma or lower-case word. */
export function endsSentence(t: Token[], k: number, hi: number): boolean {
  if (!END_MARK.test(t[k].text)) return false;
  if (t[k].text === '.' && k > 0 && t[k - 1].end === t[k].start && (/^\p{Lu}$/u.test(t[k - 1].text) || TITLE_ABBREVIATION.test(t[k - 1].text))) return false;
  const next = k + 1 < hi ? t[k + 1] : null;
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
