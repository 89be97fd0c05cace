import type { SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Origin, Span } from '../analysis/types';
import type { ServerSettings } from '../protocol';
import { firstIndex } from '../analysis/sortedSearch';

export const TOKEN_TYPES = ['person', 'organization', 'location', 'misc', 'date', 'quote', 'speaker'] as const;
export const TOKEN_MODIFIERS = ['confirmed', 'manual', 'definition', 'speaker', 'relative'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
type Modifier = (typeof TOKEN_MODIFIERS)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export interface HighlightSpan extends Span {
  type: TokenType;
  modifiers: Modifier[];
}

function originModifiers(origin: Origin): Modifier[] {
  return origin === 'confirmed' ? ['confirmed'] : origin === 'user' ? ['manual'] : [];
}

/**
 * The spans to colour, without overlaps (an editor cannot show two semantic tokens on one character): entity mentions,
 * dates and speakers win over the quotation they stand in, which is cut around them.
 */
export function highlightSpans(analysis: Analysis, layers: ServerSettings['layers']): HighlightSpan[] {
  const front: HighlightSpan[] = [];
  const speakerStarts = new Set(analysis.quotes.flatMap((q) => (q.speaker ? [q.speaker.start] : [])));
  if (layers.entities) {
    for (const [i, m] of analysis.mentions.entries()) {
      const mods = originModifiers(m.origin);
      if (analysis.entities[m.entity]?.definition === i) mods.push('definition');
      if (speakerStarts.has(m.start)) mods.push('speaker');
      front.push({ start: m.start, end: m.end, type: m.type, modifiers: mods });
    }
  }
  if (layers.dates) for (const d of analysis.dates) front.push({ start: d.start, end: d.end, type: 'date', modifiers: [...originModifiers(d.origin), ...(d.relative ? (['relative'] as Modifier[]) : [])] });
  if (layers.quotes) {
    // A speaker that is also an entity mention keeps its entity colour (with the `speaker` modifier above).
    const mentionSpans = layers.entities ? new Set(analysis.mentions.map((m) => `${m.start}:${m.end}`)) : new Set<string>();
    for (const q of analysis.quotes) {
      if (q.speaker && !mentionSpans.has(`${q.speaker.start}:${q.speaker.end}`)) front.push({ start: q.speaker.start, end: q.speaker.end, type: 'speaker', modifiers: [] });
    }
  }
  const spans = withoutOverlaps(front);
  if (!layers.quotes) return spans;
  const quotes: HighlightSpan[] = [];
  for (const q of analysis.quotes) {
    let cursor = q.start;
    const mods = originModifiers(q.origin);
    // `spans` are sorted and disjoint: start at the first one ending inside the quotation, stop past its end.
    for (let i = firstIndex(spans, (s) => s.end > q.start); i < spans.length && spans[i].start < q.end; i++) {
      const s = spans[i];
      if (s.start > cursor) quotes.push({ start: cursor, end: s.start, type: 'quote', modifiers: mods });
      cursor = Math.max(cursor, s.end);
    }
    if (cursor < q.end) quotes.push({ start: cursor, end: q.end, type: 'quote', modifiers: mods });
  }
  return withoutOverlaps([...spans, ...quotes]);
}

function withoutOverlaps(spans: HighlightSpan[]): HighlightSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: HighlightSpan[] = [];
  for (const s of sorted) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/** LSP relative encoding of the spans (split at line breaks), optionally only those inside `range` offsets. */
export function encodeSemanticTokens(document: TextDocument, spans: HighlightSpan[], within?: Span): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const text = document.getText();
  const push = (start: number, end: number, s: HighlightSpan) => {
    if (end <= start) return;
    const pos = document.positionAt(start);
    const typeIndex = TOKEN_TYPES.indexOf(s.type);
    const modBits = s.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
    data.push(pos.line - prevLine, pos.line === prevLine ? pos.character - prevChar : pos.character, end - start, typeIndex, modBits);
    prevLine = pos.line;
    prevChar = pos.character;
  };
  for (const s of spans) {
    if (within && (s.end <= within.start || s.start >= within.end)) continue;
    let start = s.start;
    for (let nl = text.indexOf('\n', start); nl !== -1 && nl < s.end; nl = text.indexOf('\n', start)) {
      push(start, text[nl - 1] === '\r' ? nl - 1 : nl, s);
      start = nl + 1;
    }
    push(start, s.end, s);
  }
  return data;
}
