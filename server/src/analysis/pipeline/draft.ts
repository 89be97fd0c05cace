import type { Block, DateMention, Entity, Mention, Problem, Quote, RawMention, ReferenceDate, Sentence, Structure, Token } from '../types';
import type { Decision } from '../../annotations/decision';
import type { EntityRecognizer } from '../entities/recognizer';
import type { BlockCache } from './blockCache';

/** What the caller knows about the article besides its text. */
export interface AnalyzeOptions {
  /** A reference date that wins over anything read from the text (user setting, CLI `dct`, sidecar). */
  referenceDate?: ReferenceDate;
  /** The reference date to use when the text prints none (the file's modification date; else today). */
  fallbackDate?: ReferenceDate;
  /** Saved user decisions, already anchored to this text. */
  decisions?: Decision[];
  /** Reused between analyses of the same document so that unchanged paragraphs are not analysed again. */
  cache?: BlockCache;
}

/** A document while the pipeline builds it: each component fills in the keys it assigns. */
export interface DocDraft {
  text: string;
  structure?: Structure;
  referenceDate?: ReferenceDate;
  tokens?: Token[];
  sentences?: Sentence[];
  rawMentions?: RawMention[];
  mentions?: Mention[];
  entities?: Entity[];
  dates?: DateMention[];
  quotes?: Quote[];
  problems: Problem[];
}
export type DocKey = Exclude<keyof DocDraft, 'text' | 'problems'>;

/** One block (line) of the article while the block pipeline analyses it; offsets relative to the block. */
export interface BlockDraft {
  text: string;
  kind: Block['kind'];
  referenceDate: ReferenceDate;
  /** What the blocks before left for anaphors ("The next day, …"), or null: the date layer's own token (its last date
   * and last full day, see `BlockDates`), passed on unread. */
  anchorIn?: string | null;
  tokens?: Token[];
  sentences?: Sentence[];
  rawMentions?: RawMention[];
  dates?: DateMention[];
  /** This block's anchor for the next one (see `BlockDates`), else `anchorIn`. */
  dateAnchor?: string | null;
}
/** Keys a block component may require or assign; `anchorIn` is given, and requiring it marks a component as one whose
 * results depend on the blocks before (see `blocksComponent`). */
export type BlockKey = Exclude<keyof BlockDraft, 'text' | 'kind' | 'referenceDate'>;

/** Shared, read-only services the components use. */
export interface PipelineContext {
  options: AnalyzeOptions;
  recognizer: EntityRecognizer;
}
