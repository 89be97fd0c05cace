import type { Block, Entity, Mention, Quote, Sentence, Span, Speaker, Token } from '../types';
import { precedingSpeaker } from './findAttribution';
import { isQuote } from './isQuote';
import { personGenders } from './personGender';
import { readSegments } from './readSegments';
import { resolveSpeaker, type ResolveContext } from './resolveSpeaker';

export interface QuoteInput {
  text: string;
  blocks: Block[];
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
}

/**
 * Finds the direct quotations of an article and attributes each to its speaker, resolved to an entity where the
 * text gives evidence for one. Quotations in “curly”, "straight" and ''doubled'' marks, one per paragraph for a
 * quotation running over several paragraphs; quoted titles, nicknames and scare quotes are left out.
 */
export function findQuotes(input: QuoteInput): Quote[] {
  const { text, blocks, tokens } = input;
  const read = readSegments(text, blocks, tokens);
  const { segments, local } = read;
  const keep = read.contexts.map((c) => isQuote(c));
  // a segment not attributed in its own sentence takes the speaker of the story around it
  const spans: (Span | null)[] = segments.map(() => null);
  let lastBlockSpeaker: { block: number; span: Span } | null = null;
  let i = 0;
  while (i < segments.length) {
    const b = segments[i].block;
    let j = i;
    while (j < segments.length && segments[j].block === b) j++;
    const view = read.views[i];
    for (let k = i; k < j; k++) {
      const q = k - i;
      let span = local[k] ?? precedingSpeaker(view, q, false);
      for (let p = k - 1; p >= i && !span; p--) if (spans[p] && keep[p]) span = spans[p];
      for (let n = k + 1; n < j && !span; n++) if (local[n] && keep[n]) span = local[n];
      if (!span && lastBlockSpeaker && lastBlockSpeaker.block === b - 1 && (segments[k].continues || segments[k].start === blocks[b].start)) span = lastBlockSpeaker.span;
      spans[k] = span ?? precedingSpeaker(view, q, true);
    }
    let last: Span | null = null;
    for (let k = j - 1; k >= i && !last; k--) if (keep[k] && spans[k]) last = spans[k];
    lastBlockSpeaker = last ? { block: b, span: last } : null;
    i = j;
  }
  const genders = personGenders(text, input.mentions, input.entities, segments);
  const ctx: ResolveContext = { text, mentions: input.mentions, entities: input.entities, quoted: segments, previousSpeakers: [], genders };
  const quotes: Quote[] = [];
  segments.forEach((s, i) => {
    if (!keep[i]) return;
    const span = spans[i];
    let speaker: Speaker | null = null;
    if (span) {
      speaker = resolveSpeaker(span, ctx);
      if (speaker.entity !== null) ctx.previousSpeakers.push({ entity: speaker.entity, at: span.start });
    }
    quotes.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), speaker, origin: 'detected' });
  });
  return quotes;
}
