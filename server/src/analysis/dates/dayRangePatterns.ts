/**
 * Day ranges across months joined by a dash: "Nov. 30-Dec. 1", "Dec. 28, 2016-Jan. 3, 2017", "Nov 30-Dec 2". The month-day pattern
 * refuses a date glued to a dash (its word boundary keeps "30-year" and "22-Nov-2017" out), so both ends are taken
 * here. Each end is a date of its own, as TimeML annotates them; the second follows the first, so it takes the first's
 * year, or the next year when it comes earlier in the calendar.
 */
import { formatYmd, isValidDay } from './calendar';
import { MONTH_WORD_RE, monthOf } from './lexicon';
import { capitalized, type Pattern, whole } from './patternTypes';
import { yearAfterRangeStart, yearBeforeRangeEnd } from './rangeYear';
import { yearForMonth } from './resolveRelative';

const DAY = '([0-2]?\\d|3[01])(?:st|nd|rd|th)?';
const YEAR = '(1[0-9]\\d\\d|20\\d\\d)';
const DASH = '\\s*[-–]\\s*';

export const dayRangePatterns: Pattern[] = [
  {
    // The first day. Without a year of its own it takes the one printed after the range's end ("Dec. 28-Jan. 3, 2017"
    // began in 2016), else the year a month-day would get.
    name: 'day-range-start',
    re: new RegExp(`(?<![A-Za-z0-9'’-])(${MONTH_WORD_RE})\\s*${DAY}(?:,\\s*${YEAR})?(?=${DASH}(${MONTH_WORD_RE})\\s*(?:[0-2]?\\d|3[01])(?![\\d:])(?:st|nd|rd|th)?(?:,?\\s*${YEAR})?)`, 'gi'),
    priority: 4,
    build(m) {
      if (!capitalized(m[1]) || !capitalized(m[4])) return null;
      const month = monthOf(m[1]), day = +m[2], endMonth = monthOf(m[4]);
      return whole(m, (ctx) => {
        const y = m[3] ? +m[3] : m[5] ? yearBeforeRangeEnd(+m[5], month, endMonth) : yearForMonth(ctx.ref, month, day, ctx.tense);
        if (!isValidDay(y, month, day)) return null;
        return { type: 'date', value: formatYmd({ y, m: month, d: day }), relative: !m[3] && !m[5], anchor: true };
      });
    },
  },
  {
    // The last day: its own year, else the first day's (the anchor just before), else resolved on its own.
    name: 'day-range-end',
    re: new RegExp(`(?<=(${MONTH_WORD_RE})\\s*(?:[0-2]?\\d|3[01])(?:st|nd|rd|th)?(?:,\\s*(?:1[0-9]\\d\\d|20\\d\\d))?${DASH})(${MONTH_WORD_RE})\\s*${DAY}(?![\\d:])(?:,?\\s*${YEAR})?(?![A-Za-z0-9])`, 'gi'),
    priority: 4,
    build(m) {
      if (!capitalized(m[1]) || !capitalized(m[2])) return null;
      const first = monthOf(m[1]), month = monthOf(m[2]), day = +m[3];
      return whole(m, (ctx) => {
        const y = m[4] ? +m[4] : yearAfterRangeStart(ctx.last, first, month) ?? yearForMonth(ctx.ref, month, day, ctx.tense);
        if (!isValidDay(y, month, day)) return null;
        return { type: 'date', value: formatYmd({ y, m: month, d: day }), relative: !m[4], anchor: true };
      });
    },
  },
];
