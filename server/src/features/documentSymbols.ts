import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseYmd } from '../analysis/dates/calendar';
import { describeDate } from '../analysis/dates/describeDate';
import { inTimelineOrder } from '../analysis/dates/timelineOrder';
import type { Analysis, EntityType } from '../analysis/types';
import { rangeOf } from '../documents/positions';
import type { ServerSettings } from '../protocol';
import { count } from '../count';

/**
 * Symbol kinds are chosen for their icons in the default theme (no kind has a person or a map pin): People the class
 * glyph, Organizations the enum's stacked cards, Places the linked pins of an interface (blue like the place highlight),
 * Other names the constant's label, Dates the number sign, Quotes "abc". Their numbers rise in the Outline's order, so
 * "Sort By: Category" keeps the groups in that order too.
 */
export const KINDS = {
  person: SymbolKind.Class,
  organization: SymbolKind.Enum,
  location: SymbolKind.Interface,
  misc: SymbolKind.Constant,
  date: SymbolKind.Number,
  quotes: SymbolKind.Key,
  quote: SymbolKind.String,
} as const;

const GROUPS: { type: EntityType; name: string; kind: SymbolKind }[] = [
  { type: 'person', name: 'People', kind: KINDS.person },
  { type: 'organization', name: 'Organizations', kind: KINDS.organization },
  { type: 'location', name: 'Places', kind: KINDS.location },
  { type: 'misc', name: 'Other names', kind: KINDS.misc },
];

/**
 * The Outline: People / Organizations / Places / Other names (each entity once, with its mention count),
 * Dates in time order with their values (durations and sets after them), Quotes grouped by speaker.
 */
export function documentSymbols(document: TextDocument, analysis: Analysis, layers: ServerSettings['layers']): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  const group = (name: string, kind: SymbolKind, children: DocumentSymbol[], detail: string): DocumentSymbol => {
    const range = anchor(document, symbols.length);
    return { name, kind, detail, range, selectionRange: range, children };
  };
  const speakerGroup = (name: string, children: DocumentSymbol[], detail: string): DocumentSymbol => {
    const range = earliest(document, children);
    return { name, kind: KINDS.person, detail, range, selectionRange: range, children };
  };
  if (layers.entities) {
    for (const g of GROUPS) {
      const children = analysis.entities
        .filter((e) => e.type === g.type)
        .map((e): DocumentSymbol => {
          const range = rangeOf(document, analysis.mentions[e.definition]);
          return {
            name: e.name,
            detail: `${count(e.mentions.length, 'mention')}${e.aliases.length ? ` · also ${e.aliases.join(', ')}` : ''}`,
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
      .map((d): DocumentSymbol => ({ name: `${d.text} — ${d.value}`, detail: describeDate(d.value, d.type), kind: KINDS.date, range: rangeOf(document, d), selectionRange: rangeOf(document, d) }));
    symbols.push(group('Dates', KINDS.date, dates, `${dates.length}`));
  }
  if (layers.quotes && analysis.quotes.length) {
    const bySpeaker = new Map<string, DocumentSymbol[]>();
    for (const q of analysis.quotes) {
      const who = q.speaker?.name ?? 'Unknown speaker';
      const range = rangeOf(document, q);
      const preview = q.text.length > 60 ? `${q.text.slice(0, 57)}…` : q.text;
      const list = bySpeaker.get(who) ?? [];
      list.push({ name: preview, detail: q.speaker ? `“${q.speaker.text}”` : '', kind: KINDS.quote, range, selectionRange: range });
      bySpeaker.set(who, list);
    }
    const speakers = [...bySpeaker].map(([who, quotes]) => speakerGroup(who, quotes, `${count(quotes.length, 'quote')}`));
    symbols.push(group('Quotes', KINDS.quotes, speakers, `${analysis.quotes.length}`));
  }
  return symbols;
}

/**
 * Where the `index`-th top-level group sits: an empty range just past the end of the first line, one character further
 * for each group. The Outline sorts by position by default, so with its earliest child's range a group would come in
 * the order of first mention (Places first when the title names a country); these anchors keep People, Organizations,
 * Places, Other names, Dates, Quotes in that order whatever the article. They claim no text (no cursor can stand past
 * a line's end), so the breadcrumbs never say a group holds the word under the cursor; LSP clients read a character
 * past the line's end as the line's end, so "go to the group" goes to the end of the title.
 */
function anchor(document: TextDocument, index: number): DocumentSymbol['range'] {
  const firstLine = document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$/, '');
  const at = { line: 0, character: firstLine.length + 1 + index };
  return { start: at, end: at };
}

/**
 * A speaker's range under Quotes: their earliest quote's, no more. Every symbol claims only text that is its own (an
 * entity its first full-name mention, a date or a quote itself): the editor names the symbol under the cursor
 * (breadcrumbs, the Outline's "follow cursor") by the first symbol whose range holds it, and a range from a first to
 * a last mention covers other entities' words (the breadcrumbs once said "People › Kang Kyung-wha" on "Seongju").
 */
function earliest(document: TextDocument, children: DocumentSymbol[]): DocumentSymbol['range'] {
  return children.map((c) => c.range).reduce((a, b) => (document.offsetAt(b.start) < document.offsetAt(a.start) ? b : a));
}
