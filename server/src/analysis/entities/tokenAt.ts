import type { Token } from '../types';

/** Index of the first token whose start is at or after `offset` (tokens sorted by start); `tokens.length` if none. */
function lowerBound(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the token that starts exactly at `offset`, or undefined. Binary search: no index to build. */
export function tokenStartingAt(tokens: Token[], offset: number): number | undefined {
  const i = lowerBound(tokens, offset);
  return i < tokens.length && tokens[i].start === offset ? i : undefined;
}

/** The index of the token that ends exactly at `offset`, or undefined. */
export function tokenEndingAt(tokens: Token[], offset: number): number | undefined {
  const i = lowerBound(tokens, offset) - 1;
  return i >= 0 && tokens[i].end === offset ? i : undefined;
}
