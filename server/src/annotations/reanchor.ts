import { CONTEXT_LENGTH, type Decision, orphaned, relocate } from './decision';
import { exactOccurrences, matchQuote, type QuoteMatch } from './matchQuote';

/** Minimum context similarity (best side) for accepting the quote found unchanged elsewhere. */
const MIN_CONTEXT_UNCHANGED = 0.6;
/** For a quote found with differences: minimum quote similarity and mean context similarity. */
const MIN_QUOTE_CHANGED = 0.75;
const MIN_CONTEXT_CHANGED = 0.6;
/** A text found unchanged exactly once, this long or longer, is accepted even when its context changed on both sides. */
const MIN_UNIQUE_LENGTH = 6;

/** True when the stored prefix/suffix stand unchanged around `[start, end)` (a clipped context must sit at the text's edge). */
export function contextMatches(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  if (before !== prefix || after !== suffix) return false;
  if (prefix.length < CONTEXT_LENGTH && start - prefix.length !== 0) return false;
  if (suffix.length < CONTEXT_LENGTH && end + suffix.length !== text.length) return false;
  return true;
}

/**
 * Finds a saved decision again in (possibly changed) `text`:
 * 1. 'exact' when the position selector still holds the exact text with its whole context, or when the exact text
 *    with its whole context occurs once in the text and no other occurrence is a plausible alternative;
 * 2. 'fuzzy' when the quote selector is found (unchanged with a context that partly matches, or with small
 *    differences, scored like the Hypothesis client: quote 50, prefix 20, suffix 20, position 2);
 * 3. otherwise an 'orphan' (kept, never dropped).
 * The result never points outside `text`; its selectors are refreshed from the text unless it is an orphan.
 */
export function reanchorDecision(text: string, d: Decision): Decision {
  const { exact, prefix, suffix } = d;
  if (!exact) return orphaned(d, text.length);
  if (text.slice(d.start, d.end) === exact && contextMatches(text, d.start, d.end, prefix, suffix)) {
    return relocate(text, d, d, 'exact');
  }
  const candidates = matchQuote(text, exact, { prefix, suffix, hint: d.start });
  if (candidates.length === 0) return orphaned(d, text.length);

  if (candidates[0].errors === 0) {
    const full = exactOccurrences(text, exact).filter((s) => contextMatches(text, s, s + exact.length, prefix, suffix));
    if (full.length === 1) {
      const rivals = candidates.filter((c) => c.start !== full[0] && plausible(c));
      if (rivals.length === 0) return relocate(text, d, { start: full[0], end: full[0] + exact.length }, 'exact');
    }
    const best = candidates[0];
    if (plausible(best)) return relocate(text, d, best, 'fuzzy');
    // context changed on both sides (e.g. its whole paragraph moved): a distinctive text found only once still counts
    if (candidates.length === 1 && exact.length >= MIN_UNIQUE_LENGTH) return relocate(text, d, best, 'fuzzy');
    return orphaned(d, text.length);
  }
  const best = candidates[0];
  if (best.quoteScore >= MIN_QUOTE_CHANGED && (best.prefixScore + best.suffixScore) / 2 >= MIN_CONTEXT_CHANGED) {
    return relocate(text, d, best, 'fuzzy');
  }
  return orphaned(d, text.length);
}

/** An unchanged occurrence whose context is close enough on at least one side. */
function plausible(c: QuoteMatch): boolean {
  return c.errors === 0 && Math.max(c.prefixScore, c.suffixScore) >= MIN_CONTEXT_UNCHANGED;
}

/** Re-anchors every decision (on open, or after the article changed outside the editor). */
export function reanchorAll(text: string, decisions: readonly Decision[]): Decision[] {
  return decisions.map((d) => reanchorDecision(text, d));
}
