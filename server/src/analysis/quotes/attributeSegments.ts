import type { Block, Span, Token } from '../types';
import { leadInSpeaker, precedingSpeaker, type Attribution } from './findAttribution';
import { isGivenName } from './namingParticiple';
import { interviewee, isAnswerBlock, questionLabel } from './interviewAnswer';
import { previousParagraph } from './paragraphBounds';
import { firstAfter, type ParagraphView } from './paragraphView';
import type { ReadSegments } from './readSegments';

/** The paragraph view of block `b`, with its quoted segments. */
function blockView(read: ReadSegments, blocks: Block[], tokens: Token[], b: number): ParagraphView {
  const quoted = read.segments.filter((s) => s.block === b).map((s) => ({ first: firstAfter(tokens, s.start), end: firstAfter(tokens, s.end) }));
  return { tokens, lo: firstAfter(tokens, blocks[b].start), hi: firstAfter(tokens, blocks[b].end), quoted };
}

/**
 * The attributing mention of every segment: the one in its own sentence; else, in the answer of a Q&A interview, the
 * interviewee; else one named with a speech verb in the
 * sentences just before it; else the speaker of the previous (then the next) quotation of its paragraph; else, for
 * a paragraph opening with it, the speaker of the previous paragraph's last quotation or the one that paragraph
 * hands on ("Wallnau wrote:"); else the named subject of the sentence before it; else, for a quotation running on
 * into the next paragraph, the speaker of its continuation. `keep` says which segments are quotations (only those
 * pass their speaker on).
 */
export function attributeSegments(read: ReadSegments, blocks: Block[], tokens: Token[], keep: boolean[]): (Attribution | null)[] {
  const { segments, local } = read;
  const spans: (Attribution | null)[] = segments.map(() => null);
  let lastBlockSpeaker: { block: number; span: Attribution } | null = null;
  let i = 0;
  while (i < segments.length) {
    const b = segments[i].block;
    let j = i;
    while (j < segments.length && segments[j].block === b) j++;
    const view = read.views[i];
    const before = previousParagraph(blocks, b);
    // an answer of a Q&A interview (or a paragraph it runs on into): the interviewee the introduction names
    const answerer = isAnswerBlock(blocks, tokens, b) ? interviewee(blocks, tokens, b) : null;
    // … and a question's "Q:" label is no speaker
    const question = questionLabel(tokens, blocks[b]);
    for (let k = i; k < j; k++) {
      const q = k - i;
      const opensParagraph = segments[k].start === blocks[b].start;
      if (question && local[k]?.start === question.start) {
        spans[k] = null;
        continue;
      }
      // a name given by no one ("the laureate often called the “…”") takes no speaker from the quotations around it
      // (one its sentence credits keeps that: "… labelled “…” by the ministry, according to officials")
      if (!local[k] && isGivenName(view, q)) {
        spans[k] = null;
        continue;
      }
      let span: Attribution | null = local[k] ?? answerer ?? precedingSpeaker(view, q, false);
      for (let p = k - 1; p >= i && !span; p--) if (spans[p] && keep[p]) span = spans[p];
      for (let n = k + 1; n < j && !span; n++) if (local[n] && keep[n]) span = local[n];
      if (!span && lastBlockSpeaker && lastBlockSpeaker.block === before && (segments[k].continues || opensParagraph)) span = lastBlockSpeaker.span;
      span ??= precedingSpeaker(view, q, true);
      // (not from a question: its "Q:" label names the interviewer, no one who speaks after it)
      if (!span && opensParagraph && before >= 0 && !questionLabel(tokens, blocks[before])) span = leadInSpeaker(blockView(read, blocks, tokens, before));
      spans[k] = span;
    }
    let last: Attribution | null = null;
    for (let k = j - 1; k >= i && !last; k--) if (keep[k] && spans[k]) last = spans[k];
    lastBlockSpeaker = last ? { block: b, span: last } : null;
    i = j;
  }
  // a quotation running over several paragraphs is one utterance: its earlier paragraphs, unattributed, take the
  // speaker its later ones name ("“… ¶ “…,” said Okonjo-Iweala.")
  let carried: Attribution | null = null;
  for (let k = segments.length - 1; k >= 0; k--) {
    if (segments[k].runsOn && keep[k]) spans[k] ??= carried;
    carried = segments[k].continues && keep[k] ? spans[k] : null;
  }
  return spans;
}
