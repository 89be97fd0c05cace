import type { Block, Span, Token } from '../types';
import { localSpeaker } from './findAttribution';
import { firstAfter, type ParagraphView } from './paragraphView';
import { findQuotedSegments, type QuotedSegment } from './findQuotedSegments';
import { answerStart, transcriptAnswerStart } from './interviewAnswer';
import type { SegmentContext } from './quoteFeatures';

/** Every quoted segment of an article, with its paragraph view and the attribution in its own sentence. */
export interface ReadSegments {
  segments: QuotedSegment[];
  /** Per segment: its paragraph view and index in it. */
  views: ParagraphView[];
  indexInView: number[];
  local: (Span | null)[];
  contexts: SegmentContext[];
  /** Per segment: its memo key (see `paragraphKey`; only the index without a memo). */
  keys: string[];
}

function paragraphView(tokens: Token[], block: Span, segments: QuotedSegment[]): ParagraphView {
  const lo = firstAfter(tokens, block.start);
  const hi = firstAfter(tokens, block.end);
  const quoted = segments.map((s) => ({ first: firstAfter(tokens, s.start), end: firstAfter(tokens, s.end) }));
  return { tokens, lo, hi, quoted };
}

/**
 * What depends on one paragraph alone, kept per document across keystrokes: the attribution inside the sentence of
 * each quoted segment (`local`, offsets relative to the paragraph) and the quotation decision (`decisions`, filled by
 * findQuotes). Keyed by `paragraphKey`: the paragraph's text and its segments.
 */
export interface QuoteMemo {
  local: Map<string, Span | null>;
  decisions: Map<string, boolean>;
}
const MEMO_LIMIT = 20000;

/**
 * The memo key of a paragraph's segments (segment `q`'s key is `q` before it): the paragraph's text, where its
 * segments lie in it, and the few characters before the paragraph, which the "so-called" test may read.
 */
function paragraphKey(text: string, block: Span, list: QuotedSegment[]): string {
  const spans = list.map((s) => `${s.start - block.start}:${s.end - block.start}:${s.continues ? 1 : 0}${s.answer ? 'a' : ''}`).join(',');
  return `${spans}\u0000${text.slice(Math.max(0, block.start - 12), block.end)}`;
}

/** Bounded set: a memo that has grown past its limit starts again. */
export function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

export function readSegments(text: string, blocks: Block[], tokens: Token[], memo?: QuoteMemo): ReadSegments {
  const segments = findQuotedSegments(text, blocks, (b) => answerStart(blocks, tokens, b), (b) => transcriptAnswerStart(blocks, tokens, b));
  const out: ReadSegments = { segments, views: [], indexInView: [], local: [], contexts: [], keys: [] };
  let i = 0;
  while (i < segments.length) {
    let j = i;
    while (j < segments.length && segments[j].block === segments[i].block) j++;
    const list = segments.slice(i, j);
    const block = blocks[segments[i].block];
    const view = paragraphView(tokens, block, list);
    const paragraph = memo ? paragraphKey(text, block, list) : '';
    list.forEach((s, q) => {
      const key = `${q}\u0000${paragraph}`;
      const known = memo?.local.get(key);
      let local: Span | null;
      if (known !== undefined) local = known && { start: known.start + block.start, end: known.end + block.start };
      else {
        local = view.quoted[q].end > view.quoted[q].first ? localSpeaker(view, q) : null;
        if (memo) remember(memo.local, key, local && { start: local.start - block.start, end: local.end - block.start });
      }
      out.keys.push(key);
      out.views.push(view);
      out.indexInView.push(q);
      out.local.push(local);
      out.contexts.push({ text, view, q, attributed: local !== null, opensParagraph: s.start === blocks[s.block].start, continues: s.continues });
    });
    i = j;
  }
  return out;
}
