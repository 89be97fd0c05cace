import type { NeighbourMentionResult } from '../../server/src/protocol';

/**
 * The status bar message after "Next/Previous Mention": where the cursor is now among the entity's mentions, and, as
 * the editor's own search does when it wraps, that it went round from the last mention to the first (or back).
 */
export function mentionStepMessage(result: Pick<NeighbourMentionResult, 'name' | 'index' | 'total' | 'wrapped'>, direction: 'next' | 'previous'): string {
  if (result.total === 1) return `${result.name}: the only mention`;
  const where = `${result.name}: mention ${result.index} of ${result.total}`;
  if (!result.wrapped) return where;
  return direction === 'next' ? `${where} — past the last mention, back to the first` : `${where} — past the first mention, back to the last`;
}
