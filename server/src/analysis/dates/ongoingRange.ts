/**
 * A range of days told without a year that holds the reference day is under way: "group games will be played from
 * June 11 to June 27" written on June 20 is this June's, not next year's, whatever the tense says of its start.
 */
import { compareYmd, daysBetween, isValidDay, type Ymd } from './calendar';
import { MONTH_WORD_RE, monthOf } from './lexicon';
import { capitalized } from './patternTypes';

const RANGE_END_AFTER = new RegExp(`^\\s*(?:[-–]|to|until|till|through)\\s*(?:(${MONTH_WORD_RE})\\.?\\s*)?(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|\\s*(?:a\\.?m|p\\.?m|%|percent)\\b|,?\\s*(?:19|20)\\d\\d)`, 'i');

/** The last day (month, day) of a range whose first day ends just before `after`, when no year follows it; else null. */
export function rangeEndAfter(after: string, month: number): { m: number; d: number } | null {
  const x = RANGE_END_AFTER.exec(after);
  if (!x || (x[1] && !capitalized(x[1]))) return null;
  return { m: x[1] ? monthOf(x[1]) : month, d: +x[2] };
}

/** The year of a range's first day (month, day) when the range, under a year long, holds `ref`; else null. */
export function ongoingRangeYear(ref: Ymd, first: { m: number; d: number }, last: { m: number; d: number }): number | null {
  for (const y of [ref.y, ref.y - 1]) {
    const endY = y + (last.m < first.m || (last.m === first.m && last.d < first.d) ? 1 : 0);
    if (!isValidDay(y, first.m, first.d) || !isValidDay(endY, last.m, last.d)) continue;
    const start = { y, m: first.m, d: first.d }, end = { y: endY, m: last.m, d: last.d };
    if (compareYmd(start, ref) < 0 && compareYmd(ref, end) <= 0 && daysBetween(start, end) < 366) return y;
  }
  return null;
}
