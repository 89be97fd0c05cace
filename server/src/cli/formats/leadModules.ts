import { createAnalyzer, type Analyzer } from '../../analysis/analyze';
import { defaultCreator } from '../../annotations/sidecarFile';
import { analyzeFile } from '../analyzeFile';
import { toJsonlRecord } from '../jsonlRecord';
import type { FormatDeps } from './cliTypes';

/**
 * The real project functions the format commands use (tests inject their own). Without an analyzer, the model is
 * loaded on the first file that needs analysing, once for this set of functions.
 */
export function defaultDeps(analyzer?: Analyzer): FormatDeps {
  let loaded = analyzer;
  return { analyzeFile: (p) => analyzeFile(p, (loaded ??= createAnalyzer())), toJsonlRecord, now: () => new Date(), creator: defaultCreator() };
}
