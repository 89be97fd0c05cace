import type { Block, Span, Token } from '../types';
import { localSpeaker } from './findAttribution';
import { firstAfter, type ParagraphView } from './paragraphView';
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

function paragraphView(tokens: Token[], block: Span, segments: QuotedSegment[]): ParagraphView {
  const lo = firstAfter(tokens, block.start);
  const hi = firstAfter(tokens, block.end);
  const quoted = segments.map((s) => ({ first: firstAfter(tokens, s.start), end: firstAfter(tokens, s.end) }));
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
