import type { BlockDraft, BlockKey, DocDraft, DocKey, PipelineContext } from './draft';

/** A document-level component: reads the keys it requires, returns the keys it assigns. Never mutates its input. */
export interface DocComponent {
  name: string;
  requires: DocKey[];
  assigns: DocKey[];
  run(doc: DocDraft, ctx: PipelineContext): Partial<DocDraft>;
}

/** A component run on each block (line) of the article separately; its results are memoised per block text. */
export interface BlockComponent {
  name: string;
  requires: BlockKey[];
  assigns: BlockKey[];
  run(block: BlockDraft, ctx: PipelineContext): Partial<BlockDraft>;
}
