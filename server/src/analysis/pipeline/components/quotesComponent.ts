import { findQuotes } from '../../quotes/findQuotes';
import type { DocComponent } from '../component';

/** Direct quotations with their speakers, resolved to the linked entities. */
export const quotesComponent: DocComponent = {
  name: 'quotes',
  requires: ['structure', 'tokens', 'sentences', 'mentions', 'entities'],
  assigns: ['quotes'],
  run: (doc) => ({
    quotes: findQuotes({
      text: doc.text,
      blocks: doc.structure!.blocks,
      tokens: doc.tokens!,
      sentences: doc.sentences!,
      mentions: doc.mentions!,
      entities: doc.entities!,
    }),
  }),
};
