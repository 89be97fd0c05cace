import { createAnalyzer, type Analyzer } from '../../analysis/analyze';
import { loadEntityRecognizer, type EntityModel } from '../../analysis/entities/entityModels';
import { defaultCreator } from '../../annotations/sidecarFile';
import { analyzeFile } from '../analyzeFile';
import { toJsonlRecord } from '../jsonlRecord';
import type { FormatDeps } from './cliTypes';

/**
 * The real project functions the format commands use (tests inject their own). Without an analyzer, the entity
 * model is loaded on the first file that needs analysing, once for this set of functions.
 */
export function defaultDeps(analyzer?: Analyzer, entityModel?: EntityModel): FormatDeps {
  let loaded = analyzer;
  const analyzerNow = () => (loaded ??= createAnalyzer(loadEntityRecognizer(entityModel)));
  return { analyzeFile: (p, referenceDate) => analyzeFile(p, analyzerNow(), referenceDate), toJsonlRecord, now: () => new Date(), creator: defaultCreator() };
}
