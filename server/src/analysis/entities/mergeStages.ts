import type { RawMention } from '../types';

/**
 * How the second stage's mentions of a block are combined with the first stage's: the second stage's mentions win
 * (re-typed, extended, new), except where it splits one first-stage mention into several. Its evidence is about
 * single words, and a word known elsewhere as a place splits a name like "Minjoo Party of Korea"; the first stage
 * saw the whole name in context. Both lists in block offsets; the result is sorted by start.
 */
export function mergeStages(stage1: readonly RawMention[], stage2: readonly RawMention[]): RawMention[] {
  const dropped = new Set<RawMention>();
  const restored: RawMention[] = [];
  for (const m of stage1) {
    const parts = stage2.filter((s) => s.start < m.end && m.start < s.end);
    if (parts.length >= 2 && parts.every((s) => s.start >= m.start && s.end <= m.end)) {
      for (const s of parts) dropped.add(s);
      restored.push(m);
    }
  }
  return [...stage2.filter((s) => !dropped.has(s)), ...restored].sort((a, b) => a.start - b.start || b.end - a.end);
}
