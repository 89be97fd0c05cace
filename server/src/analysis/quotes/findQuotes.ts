import type { Block, Entity, Mention, Quote, Sentence, Speaker, Token } from '../types';
import { attributeSegments } from './attributeSegments';
import { echoedDecisions, withEchoedSpeakers } from './headlineEchoes';
import { isQuote } from './isQuote';
import { personGenders } from './personGender';
import { readSegments, remember, type QuoteMemo } from './readSegments';
import { mentionEndMax, resolveSpeaker, type ResolveContext } from './resolveSpeaker';

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
 * text gives evidence for one. Quotations in “curly”, "straight" and ''doubled'' marks, and in ‘single’ marks where
 * the text shows them to be speech (see singleQuotes.ts), one per paragraph for a quotation running over several
 * paragraphs; quoted titles, nicknames and scare quotes are left out. With a `memo`
 * (one per document), what depends on a paragraph alone is computed once per version of the paragraph.
 */
export function findQuotes(input: QuoteInput, memo?: QuoteMemo): Quote[] {
  const { text, blocks, tokens } = input;
  const read = readSegments(text, blocks, tokens, memo);
  const { segments } = read;
  const inTitle = (i: number) => blocks[segments[i].block].kind === 'title';
  const keep = echoedDecisions(text, segments, inTitle, read.contexts.map((c, i) => {
    const known = memo?.decisions.get(read.keys[i]);
    if (known !== undefined) return known;
    // (a transcript's answer under its speaker's name is speech by its layout alone)
    const decision = segments[i].answer === true || isQuote(c);
    return memo ? remember(memo.decisions, read.keys[i], decision) : decision;
  }));
  const spans = attributeSegments(read, blocks, tokens, keep);
  const genders = personGenders(text, input.mentions, input.entities, segments);
  const ctx: ResolveContext = { text, blocks, mentions: input.mentions, entities: input.entities, quoted: segments, previousSpeakers: [], previousPhrases: [], genders, endMax: mentionEndMax(input.mentions) };
  const quotes: Quote[] = [];
  segments.forEach((s, i) => {
    if (!keep[i]) return;
    const span = spans[i];
    let speaker: Speaker | null = null;
    if (span) {
      speaker = resolveSpeaker(span, ctx);
      // a description that names no one the article names is no speaker ("the crowd")
      if (span.tentative && speaker.entity === null) speaker = null;
      if (speaker && speaker.entity !== null) ctx.previousSpeakers.push({ entity: speaker.entity, at: span.start });
      if (speaker) ctx.previousPhrases!.push(speaker);
    }
    // a transcript's turn under a place's name is a dateline's report ("BEIJING: Markets fell …"), no one's speech
    if (s.answer === true && speaker?.entity != null && input.entities[speaker.entity]?.type === 'location') return;
    quotes.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), speaker, origin: 'detected' });
  });
  const titles = new Set(segments.filter((s, i) => keep[i] && inTitle(i)).map((s) => s.start));
  return titles.size ? withEchoedSpeakers(quotes, (q) => titles.has(q.start)) : quotes;
}
