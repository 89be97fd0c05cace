import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeDate } from '../analysis/dates/describeDate';
import type { Analysis, Span } from '../analysis/types';
import { referenceDateText, resolvedAgainstReference } from './hover';

/** After each relative date ("Wednesday", "last year"), the calendar value it resolves to (vague ones like "recently" get none). */
export function inlayHints(document: TextDocument, analysis: Analysis, within: Span): InlayHint[] {
  return analysis.dates
    .filter((d) => resolvedAgainstReference(d) && d.end > within.start && d.start < within.end)
    .map((d) => ({
      position: document.positionAt(d.end),
      label: ` ${d.value}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: `${describeDate(d.value, d.type)} — resolved against ${referenceDateText(analysis.referenceDate)}`,
    }));
}
