import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';
import type { Decision } from '../annotations/decision';
import { rangeOf } from '../documents/positions';
import type { SidecarProblem } from './sidecarProblem';
import { count } from '../count';

/** Problems worth a squiggle: a sidecar that cannot be read, orphaned annotations, analysis failures. */
export function diagnostics(document: TextDocument, analysis: Analysis, orphans: Decision[], sidecar?: SidecarProblem): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Article-wide problems sit on the first line.
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: document.getText().split('\n', 1)[0].replace(/\r$/, '').length } };
  if (sidecar)
    out.push({
      range: top,
      severity: DiagnosticSeverity.Error,
      source: 'article-annotator',
      code: 'sidecar',
      message: `${sidecar.message} Your saved annotations are not shown, and the file will not be overwritten until it is fixed.`,
      // A link to the broken spot in the sidecar (the Problems view and the hover make it clickable).
      ...(sidecar.location ? { relatedInformation: [{ location: sidecar.location, message: 'The annotations file is broken here' }] } : {}),
    });
  if (orphans.length)
    out.push({
      range: top,
      severity: DiagnosticSeverity.Warning,
      source: 'article-annotator',
      code: 'orphans',
      message: `${count(orphans.length, 'saved annotation')} could not be re-attached to the text (${orphans
        .slice(0, 3)
        .map((o) => `“${o.exact}”`)
        .join(', ')}${orphans.length > 3 ? ', …' : ''}). ${
        orphans.length === 1 ? 'It is kept: see the Entities view, or use the quick fixes to re-attach or delete it.' : 'They are kept: see the Entities view, or use the quick fixes to re-attach or delete them.'
      }`,
    });
  for (const p of analysis.problems)
    out.push({
      range: p.span ? rangeOf(document, p.span) : top,
      severity: p.severity === 'error' ? DiagnosticSeverity.Error : p.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      source: 'article-annotator',
      code: p.code,
      message: p.message,
    });
  return out;
}
