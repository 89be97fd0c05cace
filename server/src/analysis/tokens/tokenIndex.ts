import { firstIndex } from '../sortedSearch';
import type { Token } from '../types';

/** Index of the first token that ends after `offset` (tokens are in text order); `tokens.length` if none. */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstIndex(tokens, (t) => t.end > offset);
}

/** The index of the token that starts exactly at `offset`, or undefined. */
export function tokenStartingAt(tokens: Token[], offset: number): number | undefined {
  const i = firstIndex(tokens, (t) => t.start >= offset);
  return i < tokens.length && tokens[i].start === offset ? i : undefined;
}

/** The index of the token that ends exactly at `offset`, or undefined. */
export function tokenEndingAt(tokens: Token[], offset: number): number | undefined {
  const i = firstIndex(tokens, (t) => t.end >= offset);
  return i < tokens.length && tokens[i].end === offset ? i : undefined;
}
