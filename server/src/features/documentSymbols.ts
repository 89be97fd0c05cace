import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseYmd } from '../analysis/dates/calendar';
import { describeDate } from '../analysis/dates/describeDate';
import { inTimelineOrder } from '../analysis/dates/timelineOrder';
import type { Analysis, EntityType } from '../analysis/types';
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
    const range = earliest(document, children);
    return { name, kind, detail, range, selectionRange: range, children };
  };
  if (layers.entities) {
    for (const g of GROUPS) {
      const children = analysis.entities
        .filter((e) => e.type === g.type)
        .map((e): DocumentSymbol => {
          const range = rangeOf(document, analysis.mentions[e.definition]);
          return {
            name: e.name,
            detail: `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}${e.aliases.length ? ` · also ${e.aliases.join(', ')}` : ''}`,
            kind: g.kind,
            range,
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

/**
 * A group's range: its earliest child's, no more. The editor names the symbol under the cursor (breadcrumbs, the
 * Outline's "follow cursor") by taking the first symbol whose range contains it, then the first such child, and stops
 * at the parent when no child does. An entity's mentions are scattered, so a range from its first to its last mention,
 * or a group's from its first to its last child, covers other entities' words: with such ranges the breadcrumbs said
 * "People › Kang Kyung-wha" on "Seongju". So every symbol claims only text that is its own (an entity its first
 * full-name mention, a date or a quote itself), and the breadcrumbs name the right entity or none.
 */
function earliest(document: TextDocument, children: DocumentSymbol[]): DocumentSymbol['range'] {
  return children.map((c) => c.range).reduce((a, b) => (document.offsetAt(b.start) < document.offsetAt(a.start) ? b : a));
}
