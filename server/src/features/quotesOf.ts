import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';
import { rangeOf, spanAt } from '../documents/positions';
import type { QuotesOfResult } from '../protocol';

/** The quotes attributed to the entity under the cursor (a mention of it, or a quote or speaker span). */
export function quotesOf(document: TextDocument, analysis: Analysis, offset: number): QuotesOfResult | null {
  const mention = spanAt(analysis.mentions, offset);
  const quote = analysis.quotes.find((q) => (q.start <= offset && offset <= q.end) || (q.speaker && q.speaker.start <= offset && offset <= q.speaker.end));
  const name = mention ? analysis.entities[mention.entity].name : quote?.speaker?.name;
  if (!name) return null;
  const entity = mention ? mention.entity : quote?.speaker?.entity ?? null;
  const quotes = analysis.quotes
    .filter((q) => q.speaker && (entity !== null ? q.speaker.entity === entity : q.speaker.name === name))
    .map((q) => ({ range: rangeOf(document, q), text: q.text, speakerText: q.speaker!.text }));
  return { name, quotes };
}
