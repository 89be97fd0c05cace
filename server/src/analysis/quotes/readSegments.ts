import type { Block, Span, Token } from '../types';
import { localSpeaker, type ParagraphView } from './findAttribution';
import { findQuotedSegments, type QuotedSegment } from './findQuotedSegments';
import type { SegmentContext } from './quoteFeatures';

/** Every quoted segment of an article, with its paragraph view and the attribution in its own sentence. */
export interface ReadSegments {
  segments: QuotedSegment[];
  /** Per segment: its paragraph view and index in it. */
  views: ParagraphView[];
  indexInView: number[];
  local: (Span | null)[];
  contexts: SegmentContext[];
}

/** Index of the first token that starts at or after `at`. */
export function firstTokenAt(tokens: Token[], at: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function paragraphView(tokens: Token[], block: Span, segments: QuotedSegment[]): ParagraphView {
  const lo = firstTokenAt(tokens, block.start);
  const hi = firstTokenAt(tokens, block.end);
  const quoted = segments.map((s) => ({ first: firstTokenAt(tokens, s.start), end: firstTokenAt(tokens, s.end) }));
  return { tokens, lo, hi, quoted };
}

export function readSegments(text: string, blocks: Block[], tokens: Token[]): ReadSegments {
  const segments = findQuotedSegments(text, blocks);
  const out: ReadSegments = { segments, views: [], indexInView: [], local: [], contexts: [] };
  let i = 0;
  while (i < segments.length) {
    let j = i;
    while (j < segments.length && segments[j].block === segments[i].block) j++;
    const list = segments.slice(i, j);
    const view = paragraphView(tokens, blocks[segments[i].block], list);
    list.forEach((s, q) => {
      const local = view.quoted[q].end > view.quoted[q].first ? localSpeaker(view, q) : null;
      out.views.push(view);
      out.indexInView.push(q);
      out.local.push(local);
      out.contexts.push({ text, view, q, attributed: local !== null, opensParagraph: s.start === blocks[s.block].start, continues: s.continues });
    });
    i = j;
  }
  return out;
}
