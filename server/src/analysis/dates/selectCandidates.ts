import type { Candidate } from './patternTypes';

/**
 * Keeps the best non-overlapping candidates: longer spans first, then higher priority, then earlier start.
 * Returns them in text order.
 */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const order = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of order) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
