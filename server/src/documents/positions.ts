import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../analysis/types';

export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function offsetOf(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

/** The span under an offset: a span contains the offset if it starts at or before it and ends at or after it. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const s of spans) {
    if (s.start <= offset && offset <= s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}
