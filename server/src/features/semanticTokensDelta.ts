import type { SemanticTokensEdit } from 'vscode-languageserver';

/** One edit turning the previous token data into the next: the part between their common prefix and suffix. */
export function diffTokens(previous: number[], next: number[]): SemanticTokensEdit[] {
  let start = 0;
  const max = Math.min(previous.length, next.length);
  while (start < max && previous[start] === next[start]) start++;
  if (start === previous.length && start === next.length) return [];
  let tail = 0;
  while (tail < max - start && previous[previous.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  // Tokens are 5 numbers each: keep edits aligned on token boundaries.
  start -= start % 5;
  tail -= tail % 5;
  return [{ start, deleteCount: previous.length - tail - start, data: next.slice(start, next.length - tail) }];
}
