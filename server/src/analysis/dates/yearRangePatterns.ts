/**
 * Year ranges: "from 2021-2025", "the 2021-25 plan". Each end is a year of its own, as TimeML marks the two days of
 * "June 1-3"; the second end takes its century from the first ("1999-00" ends in 2000).
 *
 * A split year is one period, not a range: a season, a fiscal or academic year that runs across two calendar years,
 * written as two consecutive years ("the 2024-25 season", "the 2025/26 academic year", "fiscal 2025-26", "FY2025-26").
 * TIMEX3 has no value for such a period, so it is one mention valued by the year it begins in (as a fiscal year is
 * valued by the year in its name): the reader learns where it starts, and no second, half-true year is reported.
 */
import { plausibleYear } from './calendarPatterns';
import { type Pattern, whole } from './patternTypes';
import { splitYearOf } from './splitYearMonth';

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

/** Nouns of periods that run across two calendar years. */
const SPLIT_PERIOD_AFTER = /^\s+(?:[A-Z][\w-]*\s+){0,3}(?:seasons?|campaigns?|academic\s+years?|school\s+years?|fiscal\s+years?|financial\s+years?|budgets?|terms?|semesters?|crop\s+years?|marketing\s+years?|harvests?|winters?|ski\s+seasons?|sessions?)\b/i;

/**
 * True when `first`–`second` (ending in year `end`) is a split year: consecutive years, written with a slash or a
 * two-digit end ("2025/26", "2024-25") or named as a season or fiscal year around it ("the 2024-2025 season").
 */
function splitYear(first: string, sep: string, second: string, end: number, framed: boolean, after: string): boolean {
  if (end !== +first + 1) return false;
  return framed || /\//.test(sep) || second.length === 2 || SPLIT_PERIOD_AFTER.test(after);
}

function range(text: string, at: number, first: string, second: string, length: number): number | null {
  const end = rangeEnd(first, second);
  return end !== null && plausibleYear(text, at, at + length) ? end : null;
}

/**
 * The years of a span in brackets right after a name: "the Ming Dynasty (1368-1644)", "the Tang Dynasty (618-907)",
 * "Lu Xun (1881-1936)", as culture news dates dynasties, reigns and lives. Past the span of a plain range (up to 400
 * years, any century from 100 AD on), but only in this frame: a name, a bracket holding nothing else, a later end.
 */
const NAMED_SPAN_OPEN = "(?<=\\p{Lu}[\\p{L}'’.-]*\\s*\\()";
const NAMED_SPAN_CLOSE = '(?=\\s*(?:AD|CE)?\\))';
function namedSpan(first: string, second: string): boolean {
  const a = +first, b = +second;
  return a >= 100 && b > a && b - a <= 400 && b <= 2100;
}
const year4 = (y: string) => y.padStart(4, '0');
/** The word before the bracket opening at `open` names an era, or stands mid-sentence as a name does: "Scores (1200-1400)" opening a sentence is no name. */
function nameBefore(text: string, open: number): boolean {
  const x = /(^|[.!?]\s+|\S\s+)(\p{Lu}[\p{L}'’.-]*)\s*$/u.exec(text.slice(Math.max(0, open - 60), open));
  return !!x && (!/^$|[.!?]\s+$/.test(x[1]) || ERA_NOUN.test(x[2]));
}
const ERA_NOUN = /^(?:Dynast(?:y|ies)|Kingdoms?|Empire|Period|Era|Shogunate|Republic|Reign)$/i;

export const yearRangePatterns: Pattern[] = [
  {
    name: 'named-span-start',
    re: new RegExp(`${NAMED_SPAN_OPEN}(\\d{3,4})(?=\\s*[-–]\\s*(\\d{3,4})${NAMED_SPAN_CLOSE})`, 'gu'),
    build(m, text) {
      const open = text.lastIndexOf('(', m.index);
      return namedSpan(m[1], m[2]) && nameBefore(text, open) ? whole(m, () => ({ type: 'date', value: year4(m[1]), relative: false, anchor: true })) : null;
    },
  },
  {
    name: 'named-span-end',
    re: new RegExp(`(?<=\\p{Lu}[\\p{L}'’.-]*\\s*\\((\\d{3,4})\\s*[-–]\\s*)(\\d{3,4})${NAMED_SPAN_CLOSE}`, 'gu'),
    build(m, text) {
      const open = text.lastIndexOf('(', m.index);
      return namedSpan(m[1], m[2]) && nameBefore(text, open) ? whole(m, () => ({ type: 'date', value: year4(m[2]), relative: false, anchor: true })) : null;
    },
  },
  {
    // "the 2024-25 season", "2025/26", "fiscal 2025-26", "the fiscal year 2025-2026", "FY2025-26": one period.
    name: 'split-year',
    re: new RegExp(`((?<![A-Za-z0-9$#€£¥.,/-])(?:the\\s+)?(?:fiscal|financial)(?:\\s+year)?\\s+|(?<![A-Za-z0-9])FY\\s?|(?<![A-Za-z0-9$#€£¥.,/-]))(1[5-9]\\d\\d|20\\d\\d)(${SEP})${SECOND}`, 'gi'),
    priority: 1,
    build(m, text) {
      const length = m[2].length + m[3].length + m[4].length;
      const at = m.index + m[1].length;
      const end = range(text, at, m[2], m[4], length);
      if (end === null || !splitYear(m[2], m[3], m[4], end, m[1] !== '', text.slice(at + length, at + length + 40))) return null;
      const split = splitYearOf(m[0], text.slice(at + length, at + length + 40), end);
      return whole(m, () => ({ type: 'date', value: m[2], relative: false, anchor: true, split }));
    },
  },
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
