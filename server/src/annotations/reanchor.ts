import { CONTEXT_LENGTH, type Decision, orphaned, relocate } from './decision';
import { exactOccurrences, matchQuote, type QuoteMatch, textMatchScore } from './matchQuote';

export interface ReanchorOptions {
  /** Minimum context similarity (best side) for accepting the quote found unchanged away from its context. */
  minContextUnchanged: number;
  /** For a quote found with differences: minimum quote similarity … */
  minQuoteChanged: number;
  /** … and mean context similarity. */
  minContextChanged: number;
  /** A text found unchanged exactly once, this long or longer, is accepted even when its context changed on both sides. */
  minUniqueLength: number;
}

/** How far (plus 5% of the text) a repeated text may have moved and still be re-anchored with full confidence. */
const MAX_SHIFT_REPEATED = 256;

export const DEFAULT_REANCHOR_OPTIONS: ReanchorOptions = { minContextUnchanged: 0.6, minQuoteChanged: 0.75, minContextChanged: 0.6, minUniqueLength: 12 };

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
 * Where the whole stored context still stands with something like the quote between it (the annotated text itself
 * was edited): the span between an unchanged prefix and an unchanged suffix, if it is similar enough to the quote.
 */
function framedByContext(text: string, d: Decision, minQuote: number, exclude = -1): { start: number; end: number } | null {
  const { exact, prefix, suffix } = d;
  // a context clipped by the text's edge must still sit at that edge
  const prefixClipped = prefix.length < CONTEXT_LENGTH;
  const suffixClipped = suffix.length < CONTEXT_LENGTH;
  if (prefixClipped && suffixClipped) return null;
  const slack = Math.max(2, Math.floor(exact.length / 2));
  let best: { start: number; end: number; score: number } | null = null;
  for (const p of prefixClipped ? (text.startsWith(prefix) ? [0] : []) : exactOccurrences(text, prefix)) {
    const start = p + prefix.length;
    if (start === exclude) continue;
    const s = suffixClipped
      ? text.endsWith(suffix) ? text.length - suffix.length : -1
      : text.indexOf(suffix, Math.max(start, start + exact.length - slack));
    if (s === -1 || s < start || s < start + exact.length - slack || s > start + exact.length + slack) continue;
    const score = textMatchScore(text.slice(start, s), exact) * (s - start >= exact.length ? exact.length / Math.max(1, s - start) : 1);
    const distance = Math.abs(start - d.start);
    if (score >= minQuote && (!best || score > best.score || (score === best.score && distance < Math.abs(best.start - d.start)))) best = { start, end: s, score };
  }
  return best && { start: best.start, end: best.end };
}

/**
 * Finds a saved decision again in (possibly changed) `text`:
 * 1. 'exact' when the position selector still holds the exact text with its whole context, or when the exact text
 *    with its whole context occurs once in the text and no other occurrence is a plausible alternative (context
 *    partly matching, nearer the stored position, or framed by the same context around an edited text);
 * 2. 'fuzzy' when the quote selector is found otherwise: between its unchanged context (the text itself edited),
 *    unchanged with a context that partly matches, or with small differences by approximate matching
 *    (budget min(256, len/2) errors, scored like the Hypothesis client: quote 50, prefix 20, suffix 20, position 2);
 * 3. otherwise an 'orphan' (kept, never dropped).
 * The result never points outside `text`; its selectors are refreshed from the text unless it is an orphan.
 */
export function reanchorDecision(text: string, d: Decision, options: ReanchorOptions = DEFAULT_REANCHOR_OPTIONS): Decision {
  const { exact, prefix, suffix } = d;
  if (!exact) return orphaned(d, text.length);
  if (text.slice(d.start, d.end) === exact && contextMatches(text, d.start, d.end, prefix, suffix)) {
    return relocate(text, d, d, 'exact');
  }
  const plausible = (c: QuoteMatch) => c.errors === 0 && Math.max(c.prefixScore, c.suffixScore) >= options.minContextUnchanged;
  const candidates = matchQuote(text, exact, { prefix, suffix, hint: d.start });
  if (candidates.length > 0 && candidates[0].errors === 0) {
    const full = exactOccurrences(text, exact).filter((s) => contextMatches(text, s, s + exact.length, prefix, suffix));
    if (full.length === 1) {
      // full confidence only without a rival: another copy whose context partly matches, or that sits nearer the
      // stored position (the annotated copy may have had its context edited while a repeated copy kept it)
      const distance = (start: number) => Math.abs(start - d.start);
      const rivals = candidates.filter((c) => c.start !== full[0] && (plausible(c) || distance(c.start) < distance(full[0])));
      // a text that occurs more than once is trusted only near where it was (its own copy may have been deleted)
      const far = candidates.length > 1 && distance(full[0]) > MAX_SHIFT_REPEATED + text.length / 20;
      // … or a place framed by the same whole context with an edited text in between (a repeated passage)
      if (rivals.length === 0 && !far && !framedByContext(text, d, options.minQuoteChanged, full[0])) {
        return relocate(text, d, { start: full[0], end: full[0] + exact.length }, 'exact');
      }
    }
    if (full.length > 0) {
      // the whole context stands around more than one copy (repeated captions), or around a copy with rivals
      const best = candidates.find((c) => full.includes(c.start))!;
      return relocate(text, d, best, 'fuzzy');
    }
  }
  const framed = framedByContext(text, d, options.minQuoteChanged);
  if (framed) {
    // an unchanged copy overlapping the frame is the annotated text itself (only its surroundings shifted)
    const same = candidates.find((c) => c.errors === 0 && c.start < framed.end && framed.start < c.end);
    return relocate(text, d, same ?? framed, 'fuzzy');
  }
  if (candidates.length === 0) return orphaned(d, text.length);
  const best = candidates[0];
  if (best.errors === 0) {
    if (plausible(best)) return relocate(text, d, best, 'fuzzy');
    // context changed on both sides (e.g. its whole paragraph moved): a distinctive text found only once still counts
    if (candidates.length === 1 && exact.length >= options.minUniqueLength) return relocate(text, d, best, 'fuzzy');
    return orphaned(d, text.length);
  }
  if (best.quoteScore >= options.minQuoteChanged && (best.prefixScore + best.suffixScore) / 2 >= options.minContextChanged) {
    return relocate(text, d, best, 'fuzzy');
  }
  return orphaned(d, text.length);
}

/** Re-anchors every decision (on open, or after the article changed outside the editor). */
export function reanchorAll(text: string, decisions: readonly Decision[]): Decision[] {
  return decisions.map((d) => reanchorDecision(text, d));
}
