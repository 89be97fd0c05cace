/**
 * The years of the two ends of a range of days told without one of them: "from Sept. 23 to Oct. 8, 2023", "from Nov. 28
 * to Jan. 5", "Dec. 28-Jan. 3, 2017". The last day follows the first, so a range's ends share a year unless the last
 * comes earlier in the calendar than the first, across a New Year.
 */
import { MONTH_WORD_RE, monthOf, WEEKDAY_RE } from './lexicon';
import { capitalized } from './patternTypes';

/** The year of the first day (month `month`) of a range whose last day, in `endMonth`, has the year `endYear`. */
export function yearBeforeRangeEnd(endYear: number, month: number, endMonth: number): number {
  return endYear - (month > endMonth ? 1 : 0);
}

/**
 * The year of the last day (month `month`) of a range whose first day, in month `first`, is the date mentioned just
 * before (`last`): the first's year, or the next year when the last month comes earlier. Null when `last` is not a day
 * of that month (the first day was not dated).
 */
export function yearAfterRangeStart(last: string | null, first: number, month: number): number | null {
  const x = last ? /^(\d{4})-(\d{2})-\d{2}$/.exec(last) : null;
  return x && +x[2] === first ? +x[1] + (month < first ? 1 : 0) : null;
}

/**
 * The month of the first day of a range that the month and day at the end of `before` closes: "from Nov. 28 to ",
 * "between Dec. 20, 2024 and ", "from Friday, Sept. 5 until " → its month (1–12), else 0.
 */
export function rangeStartMonthBefore(before: string): number {
  const x = RANGE_START_BEFORE.exec(before);
  return x && capitalized(x[1]) ? monthOf(x[1]) : 0;
}
const RANGE_START_BEFORE = new RegExp(`\\b(?:from|between)\\s+(?:${WEEKDAY_RE},?\\s+)?(${MONTH_WORD_RE})\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?:19|20)\\d\\d)?,?\\s+(?:to|until|till|through|and)\\s+$`, 'i');

/**
 * The year printed after the last day of a range that the month and day just before `after` opens: "to 20, 2022" and
 * "-12, 2017" (same month), "to Oct. 8, 2023", "through Jan. 3, 2024" → the first day's year (see yearBeforeRangeEnd), for
 * a first day in `month`; else null.
 */
export function rangeYearAfter(after: string, month: number): number | null {
  const x = RANGE_END_AFTER.exec(after);
  if (!x || (x[1] && !capitalized(x[1]))) return null;
  return yearBeforeRangeEnd(+x[2], month, x[1] ? monthOf(x[1]) : month);
}
const RANGE_END_AFTER = new RegExp(`^\\s*(?:and|or|to|through|until|till|-|–)\\s*(?:(${MONTH_WORD_RE})\\.?\\s*)?\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?![\\dA-Za-z])`, 'i');
