/**
 * Year ranges: "the 2018-2019 season", "fiscal 2017-18", "in 1990/91". Each end is a year of its own, as TimeML marks
 * the two days of "June 1-3"; the second end takes its century from the first ("1999-00" ends in 2000).
 */
import { plausibleYear } from './calendarPatterns';
import { type Pattern, whole } from './patternTypes';

const FIRST = '(?<![A-Za-z0-9$#€£¥.,/-])(1[5-9]\\d\\d|20\\d\\d)';
const SEP = '\\s*[-–/]\\s*';
const SECOND = '(\\d{4}|\\d{2})(?![\\d%-]|[.,]\\d)';

/** The year a range from `first` ends in, or null when `first`–`second` is not a range of years (then it may be a count). */
function rangeEnd(first: string, second: string): number | null {
  const a = +first;
  let b = +second;
  if (second.length === 2) {
    b = Math.floor(a / 100) * 100 + b;
    if (b <= a) b += 100;
    if (b - a > 10) return null; // "2017-45" is not a season
  }
  return b > a && b - a <= 50 ? b : null;
}

function range(text: string, at: number, first: string, second: string, length: number): number | null {
  const end = rangeEnd(first, second);
  return end !== null && plausibleYear(text, at, at + length) ? end : null;
}

export const yearRangePatterns: Pattern[] = [
  {
    name: 'year-range-start',
    re: new RegExp(`${FIRST}(?=(${SEP})${SECOND})`, 'g'),
    build(m, text) {
      if (range(text, m.index, m[1], m[3], m[1].length + m[2].length + m[3].length) === null) return null;
      return whole(m, () => ({ type: 'date', value: m[1], relative: false, anchor: true }));
    },
  },
  {
    name: 'year-range-end',
    re: new RegExp(`(?<=${FIRST}(${SEP}))${SECOND}`, 'g'),
    build(m, text) {
      const start = m.index - m[2].length - m[1].length;
      const end = range(text, start, m[1], m[3], m[1].length + m[2].length + m[3].length);
      if (end === null) return null;
      return whole(m, () => ({ type: 'date', value: String(end), relative: false, anchor: true }));
    },
  },
];
