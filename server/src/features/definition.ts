import type { Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';
import { rangeOf, spanAt } from '../documents/positions';

/** Go to Definition: a mention goes to its entity's first full-name mention; a quote (or its speaker) to the speaker's. */
export function definition(document: TextDocument, analysis: Analysis, offset: number): Location | null {
  const mention = spanAt(analysis.mentions, offset);
  if (mention) {
    const target = analysis.mentions[analysis.entities[mention.entity].definition];
    return { uri: document.uri, range: rangeOf(document, target) };
  }
  const quote = analysis.quotes.find((q) => (q.start <= offset && offset <= q.end) || (q.speaker && q.speaker.start <= offset && offset <= q.speaker.end));
  if (quote?.speaker) {
    const entity = quote.speaker.entity !== null ? analysis.entities[quote.speaker.entity] : undefined;
    const target = entity ? analysis.mentions[entity.definition] : quote.speaker;
    return { uri: document.uri, range: rangeOf(document, target) };
  }
  return null;
}
