import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';
import type { Decision } from '../annotations/decision';
import type { EntityTreeResult } from '../protocol';
import { referenceDateText } from './hover';
import type { SidecarProblem } from './sidecarProblem';

/** The data of the Entities view and the status bar: entities with their mentions, orphans, counts. */
export function entityTree(document: TextDocument, analysis: Analysis, decisions: Decision[], sidecar?: SidecarProblem): EntityTreeResult {
  const orphans = decisions.filter((d) => d.anchor === 'orphan');
  return {
    uri: document.uri,
    version: document.version,
    entities: analysis.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      mentions: e.mentions.map((i) => {
        const m = analysis.mentions[i];
        const s = document.positionAt(m.start);
        const t = document.positionAt(m.end);
        return { start: m.start, end: m.end, line: s.line, character: s.character, endLine: t.line, endCharacter: t.character, text: m.text, origin: m.origin };
      }),
    })),
    orphans: orphans.map((o) => ({ id: o.id, label: o.label, exact: o.exact })),
    decisions: decisions
      .filter((d) => d.anchor !== 'orphan')
      .map((d) => {
        const s = document.positionAt(d.start);
        const t = document.positionAt(d.end);
        return { label: d.label, line: s.line, character: s.character, endLine: t.line, endCharacter: t.character };
      }),
    counts: countsOf(analysis),
    referenceDate: { value: analysis.referenceDate.value, source: analysis.referenceDate.source, text: referenceDateText(analysis.referenceDate) },
    ...(sidecar ? { sidecarError: sidecar.message, ...(sidecar.location ? { sidecarErrorLocation: sidecar.location } : {}) } : {}),
  };
}

export function countsOf(analysis: Analysis): EntityTreeResult['counts'] {
  return { entities: analysis.entities.length, mentions: analysis.mentions.length, dates: analysis.dates.length, quotes: analysis.quotes.length };
}
