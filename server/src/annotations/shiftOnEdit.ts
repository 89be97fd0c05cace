import type { Span } from '../analysis/types';
import { type Decision, orphaned, quoteSelectorAt } from './decision';

/**
 * One incremental edit in LSP `TextDocumentContentChangeEvent` terms, as offsets into the text
 * BEFORE the edit: the range `[start, end)` is replaced by `text`.
 */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * Where `span` ends up after `change`, or null when the edit removed all of it (an orphan).
 * - an edit wholly before the span (or an insertion at its start) shifts it;
 * - an edit wholly after it (or an insertion at its end) leaves it;
 * - an edit strictly inside it stretches or shrinks it;
 * - an edit overlapping one edge keeps the surviving part;
 * - an edit covering all of it makes it an orphan.
 */
export function shiftSpan(span: Span, change: TextChange): Span | null {
  const delta = change.text.length - (change.end - change.start);
  if (change.end <= span.start) {
    // before, or touching the start (an insertion at the start is not inside the span)
    return { start: span.start + delta, end: span.end + delta };
  }
  if (change.start >= span.end) return { ...span };
  if (change.start <= span.start && change.end >= span.end) return null;
  if (change.start > span.start && change.end < span.end) return { start: span.start, end: span.end + delta };
  // edit eats the end (the inserted text is not part of the span)
  if (change.start > span.start) return { start: span.start, end: change.start };
  // edit eats the start: the span resumes after the inserted text
  const start = change.start + change.text.length;
  const end = span.end + delta;
  return end > start ? { start, end } : null;
}

/**
 * Applies the changes of one `didChange` notification (in order, each against the text the previous one
 * produced) to every decision. `newText` is the text after all changes. Positions never point outside it.
 * A decision whose text was wholly deleted becomes an orphan (kept, with its selectors).
 */
export function applyChanges(decisions: readonly Decision[], changes: readonly TextChange[], newText: string): Decision[] {
  return decisions.map((d) => {
    if (d.anchor === 'orphan') return orphaned(d, newText.length);
    let span: Span | null = { start: d.start, end: d.end };
    for (const c of changes) {
      span = shiftSpan(span, c);
      if (!span) return orphaned(d, newText.length);
    }
    if (span.start < 0 || span.end > newText.length || span.end <= span.start) return orphaned(d, newText.length);
    return { ...d, ...span, ...quoteSelectorAt(newText, span) };
  });
}
