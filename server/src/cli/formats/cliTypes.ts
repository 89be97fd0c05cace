import type { Analysis, ReferenceDate } from '../../analysis/types';
import type { Decision } from '../../annotations/decision';

export type { CliIO } from '../cliIO';

/**
 * Reads an article and its sidecar, re-anchors the decisions, runs the pipeline with them merged; `referenceDate`
 * (the `--reference-date` option) wins over the dates the article prints or its sidecar sets.
 */
export type AnalyzeFile = (path: string, referenceDate?: ReferenceDate) => Promise<{ analysis: Analysis; decisions: Decision[] }>;

/** One `analyze --jsonl` line for an analysis. */
export type ToJsonlRecord = (id: string | null, analysis: Analysis) => unknown;

/** The project functions the format commands call (injected in tests). */
export interface FormatDeps {
  analyzeFile: AnalyzeFile;
  toJsonlRecord: ToJsonlRecord;
  /** Now, for `created` on imported decisions. */
  now: () => Date;
  /** `creator` on imported decisions. */
  creator: string;
}
