import type { BlockDraft, BlockKey, DocDraft, DocKey, PipelineContext } from './draft';

/** A document-level component: reads the keys it requires, returns the keys it assigns. Never mutates its input. */
export interface DocComponent {
  name: string;
  requires: DocKey[];
  assigns: DocKey[];
  run(doc: DocDraft, ctx: PipelineContext): Partial<DocDraft>;
  /**
   * Optional work that fills the per-document cache ahead of `run`, one step at a time, so that a caller can pause
   * between steps (the server, to keep answering while a very large article is first read). `run` gives the same
   * result whether or not this ran.
   */
  prepare?(doc: DocDraft, ctx: PipelineContext): Iterable<void>;
}

/** A component run on each block (line) of the article separately; its results are memoised per block text. */
export interface BlockComponent {
  name: string;
  requires: BlockKey[];
  assigns: BlockKey[];
  run(block: BlockDraft, ctx: PipelineContext): Partial<BlockDraft>;
}
