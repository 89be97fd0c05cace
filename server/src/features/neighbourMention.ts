import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';
import { rangeOf } from '../documents/positions';
import type { NeighbourMentionResult } from '../protocol';
import { mentionsOfEntityAt } from './navigation';

/** "Next mention" / "Previous mention" of the entity under the cursor, wrapping around the article (and saying so). */
export function neighbourMention(document: TextDocument, analysis: Analysis, offset: number, direction: 'next' | 'previous'): NeighbourMentionResult | null {
  const found = mentionsOfEntityAt(analysis, offset);
  if (!found) return null;
  const i = found.all.indexOf(found.mention);
  const n = found.all.length;
  const j = direction === 'next' ? (i + 1) % n : (i - 1 + n) % n;
  const wrapped = n > 1 && (direction === 'next' ? j < i : j > i);
  return { range: rangeOf(document, found.all[j]), index: j + 1, total: n, name: analysis.entities[found.mention.entity].name, wrapped };
}
