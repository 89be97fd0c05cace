import { findDates } from '../../../server/src/analysis/dates/findDates';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { DateMention } from '../../../server/src/analysis/types';

/** Runs findDates on one block with the block's own tokens, against a reference date. */
export function datesIn(text: string, ref: string): DateMention[] {
  const { tokens, sentences } = tokenize(text);
  return findDates(text, tokens, sentences, { value: ref, source: 'cli' });
}

/** The mention whose text is exactly `s`, or undefined. */
export function mention(text: string, ref: string, s: string): DateMention | undefined {
  return datesIn(text, ref).find((d) => d.text === s);
}
