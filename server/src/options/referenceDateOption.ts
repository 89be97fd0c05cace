import { isIsoDate } from '../analysis/referenceDate/chooseReferenceDate';
import type { ReferenceDate } from '../analysis/types';
import { takeOption } from './takeOption';

/**
 * `--reference-date YYYY-MM-DD` (or `=YYYY-MM-DD`): the date relative dates resolve against, over the one the article
 * prints, the one set in its sidecar and the file's date. Returns the other arguments and an error for a bad value.
 */
export function referenceDateOption(args: string[]): { referenceDate?: ReferenceDate; rest: string[]; error?: string } {
  const { value, rest } = takeOption(args, 'reference-date');
  if (value === undefined) return { rest };
  if (!isIsoDate(value)) return { rest, error: `--reference-date must be a date YYYY-MM-DD, not '${value}'` };
  return { referenceDate: { value, source: 'cli' }, rest };
}
