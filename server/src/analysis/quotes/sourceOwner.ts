/**
 * Who a voice or a document speaks for: "a spokesperson for the European Commission", "a statement from China's
 * Ministry of Commerce", "a spokesperson for the ministry" (a body named before as a common noun), and "the
 * spokesperson" naming again the voice the article introduced.
 */
import { firstIndex } from '../sortedSearch';
import type { Span } from '../types';
import { insideAny } from './insideAny';
import { previousParagraphStart } from './paragraphBounds';
import type { ResolveContext } from './resolveSpeaker';

/** Documents that speak for whoever issued them: "a statement from the ministry", "a letter from Smith". */
export const DOCUMENT_HEAD = /^(?:statement|statements|letter|post|message|note|release|readout|tweet|memo|video|announcement|notice|filing|report|study|survey|communique|communiqué)$/;
/** People and documents that speak for an organization: "a spokesperson for the commission", "officials at the ministry". */
export const VOICE_HEAD = /^(?:spokesperson|spokesman|spokeswoman|spokespeople|spokespersons|spokesmen|spokeswomen|official|officials|source|sources|representative|representatives|website|account)$/;

/**
 * What names a document's issuer right after it: " from ", " by the ", " released by ", ", published by the " (a
 * participle may follow a comma: "The report, published on Tuesday by the IMF"), or the prepositions of a voice.
 */
export const ISSUED_BY = /^(?:,?\s+(?:released|issued|published|posted|sent|signed|written|compiled|produced|prepared|conducted|commissioned)(?:\s+on\s+\p{Lu}\p{Ll}+)?\s+by|\s+(?:from|for|of|by|at|with))\s+(?:the\s+)?/iu;

/** Common nouns that name a body: "the ministry", "the foreign ministry", "the company". */
const BODY_NOUN = /^(?:ministry|department|office|commission|embassy|consulate|council|committee|agency|administration|bureau|government|cabinet|court|parliament|assembly|army|military|navy|party|association|federation|union|authority|mission|secretariat|organization|organisation|institute|academy|university|company|firm|group|bank|regulator|club|team|foundation|board)$/;

/**
 * Resolves a body written as a common noun, given as its lower-case words ("ministry", "foreign ministry"), to the
 * organization it names again, if any.
 */
export type BodyResolver = (words: string[]) => number | null;

/** The lower-case words of a body written as a common noun at the start of `s`, up to its last body noun ("foreign ministry said" → foreign, ministry). */
function bodyWords(s: string): string[] | null {
  const words = (/^(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*/u.exec(s)?.[0] ?? '').split(/\s+/);
  let last = words.length - 1;
  while (last >= 0 && !BODY_NOUN.test(words[last])) last--;
  return last >= 0 ? words.slice(0, last + 1) : null;
}

/**
 * The organization a nominal speaker speaks for when the text names it right after ("a statement from China's
 * Ministry of Commerce", "a spokesperson for the European Commission"), or the person who issued a document
 * ("a statement from Smith"); when the body after it is a common noun ("a spokesperson for the ministry"), the one
 * `body` finds for it. A body noun before the voice counts as one after it: "a ministry spokesperson". Null when
 * there is none.
 */
export function sourceOwner(ctx: ResolveContext, span: Span, head: string, body: BodyResolver): number | null {
  const document = DOCUMENT_HEAD.test(head);
  if (!document && !VOICE_HEAD.test(head)) return null;
  const { text, mentions } = ctx;
  // "a ministry spokesperson", "the embassy's spokesperson"
  const own = text.slice(span.start, span.end);
  const before = /^(?:a|an|the)\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,2})(?:['’]s\s+)?\p{Ll}+$/u.exec(own.replace(/['’]s\s/, ' '));
  const ahead = before ? bodyWords(before[1].trim()) : null;
  if (ahead && ahead.length === before![1].trim().split(/\s+/).length) return body(ahead);
  // "a statement from the ministry", "a statement released by the ministry", "The report, published by the IMF,"
  const link = (document ? ISSUED_BY : /^\s+(?:from|for|of|by|at|with)\s+(?:the\s+)?/i).exec(text.slice(span.end, span.end + 40));
  if (!link) return null;
  const from = span.end + link[0].length;
  const after = (ctx.endMax ? mentions.slice(firstIndex(mentions, (m) => m.start >= from)) : mentions.filter((m) => m.start >= from).sort((a, b) => a.start - b.start));
  for (const m of after) {
    if (m.start > from + 40) break;
    // only a place's possessive may stand between: "from China's Ministry of Commerce"
    const between = text.slice(from, m.start);
    if (between && !/^(?:[\p{L}.\s-]+['’]s\s+)$/u.test(between)) break;
    if (m.type === 'organization' || (document && m.type === 'person')) return m.entity;
    if (m.type !== 'location') break;
  }
  // "a spokesperson for the ministry": a body the article named before
  const common = /the\s+$/i.test(link[0]) ? bodyWords(text.slice(from, from + 60)) : null;
  return common ? body(common) : null;
}

/**
 * "The spokesperson" names again the voice the article introduced in this paragraph or the one before ("A
 * spokesperson for the Chinese Embassy said … “…,” the spokesperson added"): whom that one speaks for.
 */
export function voiceAnaphor(ctx: ResolveContext, span: Span, head: string, body: BodyResolver): number | null {
  const { text } = ctx;
  if (!VOICE_HEAD.test(head) || /s$/.test(head)) return null;
  const floor = previousParagraphStart(ctx.blocks, span.start);
  const intro = new RegExp(`\\b(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?${head}(?=\\s+(?:for|of|at|with|from)\\s)`, 'giu');
  let found: { start: number; end: number } | null = null;
  for (const m of text.slice(floor, span.start).matchAll(intro)) {
    const at = { start: floor + m.index, end: floor + m.index + m[0].length };
    if (!insideAny(ctx.quoted, at)) found = at;
  }
  return found ? sourceOwner(ctx, found, head, body) : null;
}
