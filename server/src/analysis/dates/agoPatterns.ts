/** Patterns counting from now or from a date just mentioned: "two weeks ago", "a year earlier", "25 years ago", "years ago". */
import { NUMBER_RE, numberValue, unitOf, UNIT_RE } from './lexicon';
import { type Pattern, whole, wordRe } from './patternTypes';
import { durationValue } from './durationPatterns';
import { FINANCIAL, LONG_PERIOD, sentenceAt } from './periodCommon';
import { parsePrintedDate } from './parsePrintedDate';
import { shiftRef, shiftValue } from './resolveRelative';
import { addMonths, formatWeek, formatYm, formatYmd } from './calendar';
import type { Ymd } from './calendar';

/** Units short enough that "N units later" is annotated as a length of time rather than a date. */
const SHORT_UNITS: ReadonlySet<string> = new Set(['S', 'MIN', 'H', 'D', 'W']);

/** A duration candidate over the count of a match, without its last word ("three days" of "three days later"). */
function countWithout(m: RegExpExecArray, last: string, value: string) {
  const count = m[0].slice(0, m[0].length - last.length).trimEnd();
  return { start: m.index, end: m.index + count.length, resolve: () => ({ type: 'duration' as const, value, relative: false }) };
}

/** True when the last word naming a day before the end of `before` is a calendar date ("Sept. 30"), not "Monday" or "yesterday". */
function lastDayWordIsCalendar(before: string): boolean {
  let calendar = -1, other = -1;
  for (const x of before.matchAll(CALENDAR_DAY)) calendar = x.index;
  for (const x of before.matchAll(OTHER_DAY)) other = x.index;
  return calendar >= 0 && calendar > other;
}
const CALENDAR_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/g;
const OTHER_DAY = /\b(?:yesterday|today|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/gi;

/**
 * "30 years ago this month", "20 years ago this week", "10 years ago today": an anniversary told by its distance and
 * by the part of the calendar it shares with today, one date (TimeML: the month, week or day that many years back).
 */
function agoOnSameDay(ref: Ymd, years: number, which: string): string {
  const d = addMonths(ref, -12 * years);
  const w = which.toLowerCase();
  return w === 'today' ? formatYmd(d) : w.endsWith('week') ? formatWeek(d) : formatYm(d.y, d.m);
}

/** A year counted back past the first year of the era ("80,000 years ago") has no ISO value; it is the past. */
function yearOrPast(value: string): string {
  return /^-|^0+$/.test(value) ? 'PAST_REF' : /^\d{1,3}$/.test(value) ? value.padStart(4, '0') : value;
}

/**
 * A full date or a year set off right after a count ("Less than a year later, on Nov. 4, 2016, …", "Five years later,
 * in 2021, …"): the writer restates the time counted to, which is exact where the count is rounded. Its ISO value, or null.
 */
function restatedDay(after: string): string | null {
  const x = RESTATED.exec(after);
  if (x) return parsePrintedDate(x[1]);
  // "Five years later, in 2021, …": the year alone.
  return RESTATED_YEAR.exec(after)?.[1] ?? null;
}
const RESTATED_YEAR = /^,\s+in\s+((?:19|20)\d\d)\s*,/;
const RESTATED = /^,?\s+on\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?),?\s+\d{4})(?!\d)/;

export const agoPatterns: Pattern[] = [
  {
    // "two weeks ago", "a year earlier", "25 years ago", "nearly four years ago", "a week or so ago", "three days later"
    name: 'ago',
    re: wordRe(`(?:(about|around|nearly|almost|more\\s+than|less\\s+than|some|roughly|over|just|only|at\\s+least|barely)\\s+)?(${NUMBER_RE})\\s+${UNIT_RE.replace('(?:', '(')}(?:\\s+or\\s+(?:so|more|two|three))?\\s+(ago|earlier|later|from\\s+now|from\\s+today|hence)(?:\\s+(this\\s+month|this\\s+week|today)(?!['’]))?`),
    priority: 2,
    build(m, text) {
      const unit = unitOf(m[3]);
      if (!unit) return null;
      const n = numberValue(m[2]);
      const dir = m[4].toLowerCase();
      const sign = dir === 'ago' || dir === 'earlier' ? -1 : 1;
      // "three days later", "an hour earlier": a short count from an event is a length of time in TimeBank (the
      // extent stops before "later"); longer ones ("a year earlier", "two months later") name a date.
      if ((dir === 'earlier' || dir === 'later') && SHORT_UNITS.has(unit)) return countWithout(m, m[4], durationValue(n, unit));
      const financial = FINANCIAL.test(text);
      const longPeriod = LONG_PERIOD.test(sentenceAt(text, m.index)) && !/quarter/i.test(sentenceAt(text, m.index));
      const afterCalendarDay = lastDayWordIsCalendar(text.slice(Math.max(0, m.index - 200), m.index));
      // "this month" after "earlier" or "later" is a date of its own ("two years later this month" is no anniversary).
      const sameDay = m[5] && dir === 'ago' && (unit === 'Y' || unit === 'DE' || unit === 'CE') && n !== null && Number.isInteger(n) ? m[5] : null;
      const end = m.index + (m[5] && !sameDay ? m[0].slice(0, m[0].length - m[5].length).trimEnd().length : m[0].length);
      const restated = dir === 'later' || dir === 'earlier' ? restatedDay(text.slice(end, end + 40)) : null;
      return { start: m.index, end, resolve: (ctx) => {
        if (n === null) return { type: 'date', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', relative: true };
        const k = Math.round(n);
        if (sameDay) return { type: 'date', value: agoOnSameDay(ctx.ref, k * (unit === 'DE' ? 10 : unit === 'CE' ? 100 : 1), sameDay), relative: true };
        // "a week from today", "three months from today": counted from the day, so a day.
        if (/today$/i.test(dir)) {
          const v = shiftValue(shiftRef(ctx.ref, 0, 'D'), k, unit);
          return v ? { type: 'date', value: v, relative: true } : null;
        }
        // Earnings news compares a quarter with the same quarter "a year ago".
        // "In the quarter ended Sept. 30 … against $80 million a year earlier": "earlier" counts from the calendar
        // day just named.
        if (dir === 'earlier' && afterCalendarDay && ctx.last && /^\d{4}-\d\d-\d\d$/.test(ctx.last) && unit !== 'DE' && unit !== 'CE') {
          const v = shiftValue(ctx.last, -k, unit);
          if (v) return { type: 'date', value: restated ? restated.slice(0, v.length) : v, relative: true, anchor: false };
        }
        // National statistics compare a period of the year with the year before too: "In the first 11 months, output
        // rose 5.9 percent from a year earlier".
        if (unit === 'Y' && k === 1 && sign < 0 && (financial || longPeriod || (ctx.last && /^\d{4}-Q/.test(ctx.last)))) {
          // "For the nine months, … compared with … a year earlier": a comparison of longer periods is by year.
          if (longPeriod) return { type: 'date', value: String(ctx.ref.y - 1), relative: true, anchor: false };
          // "posted a profit of 2 billion yuan last year, up 12 percent from a year earlier": a year compared with the
          // year before it.
          // So is a month: "industrial profits fell 5.5 percent in October from a year earlier" is October a year before.
          if (dir === 'earlier' && ctx.last && /^\d{4}(?:-\d\d)?$/.test(ctx.last)) return { type: 'date', value: shiftValue(ctx.last, -1, 'Y')!, relative: true, anchor: false };
          const q = ctx.last && /^\d{4}-Q[1-4]$/.test(ctx.last) ? ctx.last : shiftRef(ctx.ref, -1, 'Q');
          return { type: 'date', value: shiftValue(q, -1, 'Y')!, relative: true, anchor: false };
        }
        const anchor = ctx.last ?? (dir === 'later' ? ctx.previous : null);
        if ((dir === 'earlier' || dir === 'later') && anchor) {
          const v = shiftValue(anchor, sign * k, unit === 'DE' ? 'Y' : unit);
          // The date restated after the count, at the count's grain (a year counted from a month is a month).
          if (v && restated) return { type: 'date', value: restated.slice(0, v.length), relative: true };
          if (v) return { type: 'date', value: unit === 'DE' ? shiftValue(anchor, sign * 10 * k, 'Y') ?? v : v, relative: true };
        }
        if (restated && dir === 'later') return { type: 'date', value: restated.slice(0, unit === 'M' ? 7 : 4), relative: true };
        // "Two months later, the plant reopened", "Two decades later, the city is unrecognizable": later than an event
        // the text has not dated, not than today (which "from now" would say), whatever the tense.
        if (dir === 'later') return null;
        if (unit === 'DE') return { type: 'date', value: yearOrPast(String(ctx.ref.y + sign * 10 * k)), relative: true };
        if (unit === 'CE') return { type: 'date', value: yearOrPast(String(ctx.ref.y + sign * 100 * k)), relative: true };
        if (unit === 'S' || unit === 'MIN' || unit === 'H') return { type: 'time', value: shiftRef(ctx.ref, 0, 'D'), relative: true };
        return { type: 'date', value: unit === 'Y' ? yearOrPast(shiftRef(ctx.ref, sign * k, unit)) : shiftRef(ctx.ref, sign * k, unit), relative: true };
      } };
    },
  },
  {
    // "years ago", "months earlier"
    name: 'vague-ago',
    re: wordRe(`(?:(?:many|several|a\\s+few|few|some)\\s+)?(years|months|weeks|days|decades)\\s+(ago|earlier|later|from\\s+now)`),
    build(m) {
      const unit = unitOf(m[1]);
      if (/^(?:earlier|later)$/i.test(m[2]) && unit && SHORT_UNITS.has(unit)) return countWithout(m, m[2], durationValue(null, unit));
      const past = /ago|earlier/i.test(m[2]);
      // "Years later, he returned" is still in the past; "Years later, the scars remain" is now: "later" counts from an
      // event, so only the tense tells which side of today it lies on.
      if (/^later$/i.test(m[2])) {
        return whole(m, (ctx) => (ctx.tense === 'past' ? { type: 'date', value: 'PAST_REF', relative: true } : ctx.tense === 'future' ? { type: 'date', value: 'FUTURE_REF', relative: true } : null));
      }
      return whole(m, () => ({ type: 'date', value: past ? 'PAST_REF' : 'FUTURE_REF', relative: true }));
    },
  },
  {
    // "about 4.6 billion years ago", "66 million years ago", "some 300,000 years ago": deep time, before the first year
    // of the era, so the past with no ISO year; the whole count belongs to the expression (not "years ago" alone).
    name: 'deep-time-ago',
    re: wordRe(`(?:(?:about|around|nearly|almost|more\\s+than|some|roughly|over|at\\s+least)\\s+)?\\d+(?:[.,]\\d+)*\\s+(?:thousand|million|billion)\\s+years\\s+ago`),
    build: (m) => whole(m, () => ({ type: 'date', value: 'PAST_REF', relative: true })),
  },
];
