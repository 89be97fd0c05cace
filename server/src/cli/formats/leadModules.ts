import { defaultCreator } from '../../annotations/sidecarFile';
import { analyzeFile } from '../analyzeFile';
import { toJsonlRecord } from '../jsonlRecord';
import type { FormatDeps } from './cliTypes';

/** The real project functions the format commands use (tests inject their own). */
export function defaultDeps(): FormatDeps {
  return { analyzeFile: (p) => analyzeFile(p), toJsonlRecord, now: () => new Date(), creator: defaultCreator() };
}
