import type { Candidate } from './patternTypes';

/**
 * Keeps the best non-overlapping candidates: longer spans first, then higher priority, then earlier start.
 * Returns them in text order. Linear in the total length of the candidates (a bitmap of taken positions).
 */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates.slice();
  const order = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const size = Math.max(...candidates.map((c) => c.end));
  const taken = new Uint8Array(size);
  const kept: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
