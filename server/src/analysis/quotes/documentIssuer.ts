/**
 * "The statement said": a definite document noun names again a document the article has introduced ("The embassy said
 * in a statement that …. “…,” the statement said."). It speaks for whoever issued that document: the subject of the
 * sentence that introduced it.
 */
import type { Block, Mention, Span } from '../types';
import { SPEECH_VERBS } from './speechVerbs';
import { insideAny } from './insideAny';
import { sentenceEnds, sentenceStartIn } from './sentenceBoundary';
import { previousParagraphStart } from './paragraphBounds';
import { ISSUED_BY } from './sourceOwner';

export interface IssuerView {
  text: string;
  /** The structure reader's blocks: where paragraphs start, over captions and page furniture. */
  blocks: Block[];
  mentions: Mention[];
  /** Mentions inside these (quotations) are not issuers. */
  quoted: Span[];
}

const inside = insideAny;

/** The person or organization named first at `at` (a place's possessive may stand before it: "China's Ministry of Commerce"). */
function issuerNamedAfter(view: IssuerView, at: number): number | null {
  const m = view.mentions.find((m) => m.start >= at && m.start <= at + 40 && (m.type === 'person' || m.type === 'organization'));
  return m && /^(?:[\p{L}.\s-]+['’]s\s+)?$/u.test(view.text.slice(at, m.start)) ? m.entity : null;
}
/**
 * The entity that issued the document `head` ("statement", "post", …) named again at `span`: the document introduced
 * last before it in its paragraph or the one before ("in a statement", "a statement posted on its website", "its
 * statement"), and in that sentence the first person or organization that no preposition governs, before the
 * document phrase, else the subject of a reporting verb after it ("In a post on Weibo, the weather service said").
 */
export function documentIssuer(view: IssuerView, span: Span, head: string): number | null {
  const { text } = view;
  // this paragraph and the one before (over blank lines and captions)
  const floor = previousParagraphStart(view.blocks, span.start);
  // (a document introduced with "the" names its issuer right after it: "The report, published by the IMF, said")
  const intro = new RegExp(`\\b(?:(?:a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}${head}\\b|the\\s+(?:[\\p{L}-]+\\s+){0,2}${head}(?=${ISSUED_BY.source.slice(1)}))`, 'giu');
  let found: RegExpExecArray | null = null;
  for (const m of text.slice(floor, span.start).matchAll(intro)) if (!inside(view.quoted, { start: floor + m.index, end: floor + m.index + 1 })) found = m as RegExpExecArray;
  if (!found) return null;
  const at = floor + found.index;
  // "a report released by the National Bureau of Statistics", "The survey, conducted by …"
  const link = ISSUED_BY.exec(text.slice(at + found[0].length, at + found[0].length + 40));
  const named = link && !/^\s+(?:for|of|at|with)\s/i.test(link[0]) ? issuerNamedAfter(view, at + found[0].length + link[0].length) : null;
  if (named !== null || /^the\s/i.test(found[0])) return named;
  const from = sentenceStartIn(text, floor, at);
  const end = sentenceEnds(text, at, span.start)[0]?.end ?? span.start;
  const governed = (m: Mention) => /\b(?:of|for|in|at|by|with|from|to|on|about|against)\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, m.start - 14), m.start));
  const candidates = view.mentions.filter((m) => m.start >= from && m.end <= end && (m.type === 'person' || m.type === 'organization') && !inside(view.quoted, m) && !governed(m));
  // "The embassy said in a statement" / "In a post on Weibo, the weather service said"
  // (after the document phrase, only the subject of a reporting verb: not "a video that opens every campaign rally")
  const reports = (m: Mention) => [...text.slice(m.end, m.end + 30).matchAll(/\p{L}+/gu)].slice(0, 2).some((w) => SPEECH_VERBS.has(w[0]));
  // before it, a person over the organization in their title ("Huawei founder Ren Zhengfei said in a memo")
  const before = candidates.filter((m) => m.start < at);
  const issuer = before.find((m) => m.type === 'person') ?? before[0] ?? candidates.find((m) => m.start > at + found![0].length && reports(m));
  return issuer ? issuer.entity : null;
}
