import { findDates, findDatesAfter } from '../../../server/src/analysis/dates/findDates';
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

/** The dates of consecutive paragraphs, each block leaving its anchor to the next, as the pipeline does. */
export function paragraphPairs(paragraphs: string[], ref: string): string[][][] {
  let anchor: string | null = null;
  return paragraphs.map((text) => {
    const { tokens, sentences } = tokenize(text);
    const found = findDatesAfter(text, tokens, sentences, { value: ref, source: 'cli' }, anchor);
    anchor = found.anchor;
    return found.dates.map((d) => [d.text, d.value]);
  });
}
