import { findQuotes } from '../../quotes/findQuotes';
import type { QuoteMemo } from '../../quotes/readSegments';
import type { DocComponent } from '../component';

/**
 * Direct quotations with their speakers, resolved to the linked entities. Keeps a per-document memo of the
 * per-paragraph work in the document's cache, so that a keystroke redoes it for the edited paragraph only.
 */
export const quotesComponent: DocComponent = {
  name: 'quotes',
  requires: ['structure', 'tokens', 'sentences', 'mentions', 'entities'],
  assigns: ['quotes'],
  run: (doc, ctx) => ({
    quotes: findQuotes({
      text: doc.text,
      blocks: doc.structure!.blocks,
      tokens: doc.tokens!,
      sentences: doc.sentences!,
      mentions: doc.mentions!,
      entities: doc.entities!,
    }, quoteMemoOf(ctx.options.cache?.componentMemo)),
  }),
};

function quoteMemoOf(slots: Map<string, unknown> | undefined): QuoteMemo | undefined {
  if (!slots) return undefined;
  let memo = slots.get('quotes') as QuoteMemo | undefined;
  if (!memo) slots.set('quotes', (memo = { local: new Map(), decisions: new Map() }));
  return memo;
}
