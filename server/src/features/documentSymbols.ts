import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseYmd } from '../analysis/dates/calendar';
import { describeDate } from '../analysis/dates/describeDate';
import { inTimelineOrder } from '../analysis/dates/timelineOrder';
import type { Analysis, EntityType, Span } from '../analysis/types';
import { rangeOf } from '../documents/positions';
import type { ServerSettings } from '../protocol';

const GROUPS: { type: EntityType; name: string; kind: SymbolKind }[] = [
  { type: 'person', name: 'People', kind: SymbolKind.Class },
  { type: 'organization', name: 'Organizations', kind: SymbolKind.Module },
  { type: 'location', name: 'Places', kind: SymbolKind.Namespace },
  { type: 'misc', name: 'Other names', kind: SymbolKind.Constant },
];

/**
 * The Outline: People / Organizations / Places / Other names (each entity once, with its mention count),
 * Dates in time order with their values (durations and sets after them), Quotes grouped by speaker.
 */
export function documentSymbols(document: TextDocument, analysis: Analysis, layers: ServerSettings['layers']): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  const group = (name: string, kind: SymbolKind, children: DocumentSymbol[], detail: string): DocumentSymbol => {
    const range = cover(document, children);
    return { name, kind, detail, range, selectionRange: children[0].selectionRange, children };
  };
  if (layers.entities) {
    for (const g of GROUPS) {
      const children = analysis.entities
        .filter((e) => e.type === g.type)
        .map((e): DocumentSymbol => {
          const first = analysis.mentions[e.definition];
          const range = rangeOf(document, first);
          const mentions = e.mentions.map((i) => analysis.mentions[i]);
          return {
            name: e.name,
            detail: `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}${e.aliases.length ? ` · also ${e.aliases.join(', ')}` : ''}`,
            kind: g.kind,
            range: cover(document, mentions.map((m) => ({ range: rangeOf(document, m) })), range),
            selectionRange: range,
          };
        });
      if (children.length) symbols.push(group(g.name, g.kind, children, `${children.length}`));
    }
  }
  if (layers.dates && analysis.dates.length) {
    const ref = parseYmd(analysis.referenceDate.value) ?? { y: 1970, m: 1, d: 1 };
    const dates = inTimelineOrder(analysis.dates, ref)
      .map((d): DocumentSymbol => ({ name: `${d.text} — ${d.value}`, detail: describeDate(d.value, d.type), kind: SymbolKind.Event, range: rangeOf(document, d), selectionRange: rangeOf(document, d) }));
    symbols.push(group('Dates', SymbolKind.Event, dates, `${dates.length}`));
  }
  if (layers.quotes && analysis.quotes.length) {
    const bySpeaker = new Map<string, DocumentSymbol[]>();
    for (const q of analysis.quotes) {
      const who = q.speaker?.name ?? 'Unknown speaker';
      const range = rangeOf(document, q);
      const preview = q.text.length > 60 ? `${q.text.slice(0, 57)}…` : q.text;
      const list = bySpeaker.get(who) ?? [];
      list.push({ name: preview, detail: q.speaker ? `“${q.speaker.text}”` : '', kind: SymbolKind.String, range, selectionRange: range });
      bySpeaker.set(who, list);
    }
    const speakers = [...bySpeaker].map(([who, quotes]) => group(who, SymbolKind.Object, quotes, `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`));
    symbols.push(group('Quotes', SymbolKind.String, speakers, `${analysis.quotes.length}`));
  }
  return symbols;
}

/** The range from the first to the last child (the Outline needs children inside their parent's range). */
function cover(document: TextDocument, children: { range: DocumentSymbol['range'] }[], base?: DocumentSymbol['range']) {
  const offsets: Span[] = children.map((c) => ({ start: document.offsetAt(c.range.start), end: document.offsetAt(c.range.end) }));
  if (base) offsets.push({ start: document.offsetAt(base.start), end: document.offsetAt(base.end) });
  return rangeOf(document, { start: Math.min(...offsets.map((o) => o.start)), end: Math.max(...offsets.map((o) => o.end)) });
}
