import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';
import { rangeOf } from '../documents/positions';
import { mentionsOfEntityAt } from './navigation';

/** Find All References: every mention of the entity under the cursor (surname-only and acronym mentions included). */
export function references(document: TextDocument, analysis: Analysis, offset: number, includeDeclaration: boolean): Location[] {
  const found = mentionsOfEntityAt(analysis, offset);
  if (!found) return [];
  const definition = analysis.mentions[analysis.entities[found.mention.entity].definition];
  return found.all.filter((m) => includeDeclaration || m !== definition).map((m) => ({ uri: document.uri, range: rangeOf(document, m) }));
}

/** Document highlights: the entity's mentions, the first full-name one marked as the definition (Write). */
export function documentHighlights(document: TextDocument, analysis: Analysis, offset: number): DocumentHighlight[] {
  const found = mentionsOfEntityAt(analysis, offset);
  if (!found) return [];
  const definition = analysis.mentions[analysis.entities[found.mention.entity].definition];
  return found.all.map((m) => ({ range: rangeOf(document, m), kind: m === definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
