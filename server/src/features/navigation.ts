import type { Analysis, Mention } from '../analysis/types';
import { spanAt } from '../documents/positions';

/** The entity mention under the cursor, and its entity's mentions in text order. */
export function mentionsOfEntityAt(analysis: Analysis, offset: number): { mention: Mention; all: Mention[] } | null {
  const mention = spanAt(analysis.mentions, offset);
  if (!mention) return null;
  const entity = analysis.entities[mention.entity];
  return { mention, all: entity.mentions.map((i) => analysis.mentions[i]) };
}
