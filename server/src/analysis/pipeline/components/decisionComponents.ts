import { applyDateDecisions, applyEntityDecisions, applyQuoteDecisions } from '../../../annotations/merge';
import { findDates } from '../../dates/findDates';
import { tokenize } from '../../tokens/tokenize';
import type { DateMention, Span, Speaker } from '../../types';
import type { DocComponent } from '../component';

/** The user's saved entity decisions (tag, retype, "not an entity"), applied before linking so tagged spans join entities. */
export const entityDecisionsComponent: DocComponent = {
  name: 'entityDecisions',
  requires: ['rawMentions'],
  assigns: ['rawMentions'],
  run: (doc, ctx) => (ctx.options.decisions?.length ? { rawMentions: applyEntityDecisions(doc.text, doc.rawMentions!, ctx.options.decisions) } : {}),
};

/** The user's date decisions; a span tagged as a date is normalised by the date layer where it can be. */
export const dateDecisionsComponent: DocComponent = {
  name: 'dateDecisions',
  requires: ['dates', 'referenceDate'],
  assigns: ['dates'],
  run(doc, ctx) {
    if (!ctx.options.decisions?.length) return {};
    const normalize = (span: Span): DateMention | null => {
      const text = doc.text.slice(span.start, span.end);
      const { tokens, sentences } = tokenize(text);
      const found = findDates(text, tokens, sentences, doc.referenceDate!);
      const best = found.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      return best ? { ...best, start: span.start, end: span.end, text } : null;
    };
    return { dates: applyDateDecisions(doc.text, doc.dates!, ctx.options.decisions, normalize) };
  },
};

/** The user's quote decisions ("not a quote", a tagged quote, "Set speaker…"). */
export const quoteDecisionsComponent: DocComponent = {
  name: 'quoteDecisions',
  requires: ['quotes', 'entities', 'mentions'],
  assigns: ['quotes'],
  run(doc, ctx) {
    if (!ctx.options.decisions?.length) return {};
    const resolveSpeaker = (name: string): Speaker | null => {
      const index = doc.entities!.findIndex((e) => e.name === name || e.aliases.includes(name));
      if (index < 0) return null;
      const entity = doc.entities![index];
      const mention = doc.mentions![entity.definition];
      return { start: mention.start, end: mention.end, text: mention.text, entity: index, name: entity.name };
    };
    return { quotes: applyQuoteDecisions(doc.text, doc.quotes!, ctx.options.decisions, resolveSpeaker) };
  },
};
