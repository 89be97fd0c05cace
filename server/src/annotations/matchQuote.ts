import search from 'approx-string-match';

/** A place where a quote was found, with how well it and its context match (each in [0, 1]). */
export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
  /** Weighted total in [0, 1]. */
  score: number;
}

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Where the quote is expected to start (e.g. the stored TextPositionSelector). */
  hint?: number;
}

// Weights as in the Hypothesis client's match-quote: the quote counts most, then its context, then position.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Similarity of `b` to the best-matching part of `a`, in [0, 1] (1 = `b` appears in `a` unchanged). */
export function textMatchScore(a: string, b: string): number {
  if (b.length === 0) return 1;
  if (a.length === 0) return 0;
  const matches = search(a, b, b.length);
  if (matches.length === 0) return 0;
  return 1 - matches[0].errors / b.length;
}

/** Similarity of a stored prefix to the text just before `start` (aligned at the end). */
function prefixScore(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return start === 0 ? 1 : 0.5;
  return textMatchScore(text.slice(Math.max(0, start - prefix.length - 4), start), prefix);
}

/** Similarity of a stored suffix to the text just after `end`. */
function suffixScore(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return end === text.length ? 1 : 0.5;
  return textMatchScore(text.slice(end, end + suffix.length + 4), suffix);
}

/** Scores one candidate place of the quote. */
export function scoreMatch(text: string, m: { start: number; end: number; errors: number }, quoteLength: number, context: QuoteContext): QuoteMatch {
  const quoteScore = 1 - m.errors / Math.max(1, quoteLength);
  const p = prefixScore(text, m.start, context.prefix);
  const s = suffixScore(text, m.end, context.suffix);
  const posScore = context.hint === undefined ? 1 : 1 - Math.abs(m.start - context.hint) / Math.max(1, text.length);
  const score = (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * p + SUFFIX_WEIGHT * s + POSITION_WEIGHT * posScore) / TOTAL_WEIGHT;
  return { start: m.start, end: m.end, errors: m.errors, quoteScore, prefixScore: p, suffixScore: s, score };
}

/** Every place of `quote` in `text` unchanged. */
export function exactOccurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  if (!quote) return out;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

/**
 * The candidate places of `quote` in `text`, best first: its unchanged occurrences if there are any, else its
 * closest approximate matches (at most min(256, len/2) errors), each scored with its context and position.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext): QuoteMatch[] {
  if (!quote) return [];
  const exact = exactOccurrences(text, quote);
  const raw =
    exact.length > 0
      ? exact.map((start) => ({ start, end: start + quote.length, errors: 0 }))
      : search(text, quote, Math.min(256, Math.floor(quote.length / 2)));
  return raw.map((m) => scoreMatch(text, m, quote.length, context)).sort((a, b) => b.score - a.score || a.start - b.start);
}
