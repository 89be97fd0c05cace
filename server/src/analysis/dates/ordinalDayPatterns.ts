/**
 * Days told by an ordinal:
 * - a day of a month told by deixis: "on the 20th of this month", "the fifth of next month";
 * - a day of the month alone: "on the 15th", "by the 3rd", "since the 21st". The month is the one of the last full
 *   date mentioned before, else the reference month, moved back or forward by the tense when the day would otherwise
 *   fall on the wrong side of the reference date ("resumed on the 25th" written on the 3rd is last month);
 * - a weekday of a month: "the first Monday of December", "the last Friday in November 2018";
 * - the first or last day or week of a month or year: "the first day of next month", "the last week of May";
 * - the day a count of days names: "Today is the tenth day of the strike", "Monday was the third straight day of
 *   protests": the day it is said of (today, or the day just named).
 */
import { addMonths, daysInMonth, formatWeek, formatYmd, isValidDay, nthWeekdayOfMonth, type Ymd } from './calendar';
import { MONTH_RE, monthOf, ORDINAL_RE, ordinalValue, WEEKDAY_FULL_RE, weekdayOf } from './lexicon';
import { capitalized, type Pattern, whole, wordRe } from './patternTypes';
import { yearForMonth } from './resolveRelative';

const NTH: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1, final: -1 };

/** What may follow: the end of a clause or a word that cannot be the noun the ordinal counts ("the 15th floor"). */
const AFTER_OK = /^(?:$|\s*[.,;:!?)'"”’]|\s+(?:and|or|to|at|when|while|as|with|before|after|until|in|through)\b)/;

/** What the count of days is said of: today ("Today is", "It's") or a day just named ("Monday was", "Friday marked"). */
const SAID_OF_TODAY = /\b(?:today\s+is|it\s+is|it['’]s|this\s+is)\s+$/i;
const SAID_OF_DAY = /\b(?:is|was|marks|marked|became)\s+$/i;

/**
 * The day or week `n` (1–4, -1 for the last) of a month (`month` 1–12) or of a whole year (`month` 0). A week of a month
 * is the ISO week holding the middle of its seven days ("the first week of June", June 1–7, is the week of June 4),
 * as ISO's own first week of a year is the one holding Jan. 4.
 */
function nthOf(unit: 'day' | 'week', n: number, y: number, month: number): string | null {
  const m = month || (n < 0 ? 12 : 1);
  const length = daysInMonth(y, m);
  const d = unit === 'day' ? (n < 0 ? length : n) : n < 0 ? length - 3 : 7 * n - 3;
  if (!isValidDay(y, m, d)) return null;
  const day: Ymd = { y, m, d };
  return unit === 'day' ? formatYmd(day) : formatWeek(day);
}

export const ordinalDayPatterns: Pattern[] = [
  {
    // "the first day of next month", "the last day of June", "the first day of 2027", "the last week of May", "the
    // second week of February": one day or week, not the month or year alone, nor "last week" inside. Not "of the
    // month", as often every month's ("rent is due on the last day of the month") as one month's.
    name: 'nth-day-or-week-of',
    re: wordRe(`the\\s+(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+(day|week)\\s+of\\s+(?:(${MONTH_RE})(?:,?\\s+((?:19|20)\\d\\d))?|(this|next|last|the)\\s+(month|year)|((?:19|20)\\d\\d))(?!\\s*\\d)`),
    priority: 3,
    build(m) {
      if (m[3] && !capitalized(m[3])) return null;
      const which = m[5]?.toLowerCase();
      if (which === 'the' && m[6].toLowerCase() === 'month') return null;
      // "the first day of the Year of the Snake": a named year (see the zodiac years), not the calendar year.
      if (m[6] === 'Year') return null;
      const n = NTH[m[1].toLowerCase()], unit = m[2].toLowerCase() as 'day' | 'week';
      return whole(m, (ctx) => {
        let y: number, month = 0;
        if (m[3]) {
          month = monthOf(m[3]);
          y = m[4] ? +m[4] : yearForMonth(ctx.ref, month, undefined, ctx.tense);
        } else if (m[7]) y = +m[7];
        else {
          const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
          // "the last day of the year": of the year just told, else this one.
          if (which === 'the') y = ctx.last && /^\d{4}/.test(ctx.last) ? +ctx.last.slice(0, 4) : ctx.ref.y;
          else if (m[6].toLowerCase() === 'month') ({ y, m: month } = addMonths({ ...ctx.ref, d: 1 }, offset));
          else y = ctx.ref.y + offset;
        }
        const value = nthOf(unit, n, y, month);
        return value ? { type: 'date', value, relative: !m[4] && !m[7], anchor: true } : null;
      });
    },
  },
  {
    name: 'nth-day-of',
    re: wordRe(`the\\s+(${ORDINAL_RE})(?:\\s+(?:straight|consecutive|successive|full))?\\s+day(?=\\s+(?:of|since|in|after)\\b)`),
    build(m, text) {
      const n = ordinalValue(m[1]);
      if (!n || n < 2) return null;
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const today = SAID_OF_TODAY.test(before);
      if (!today && !SAID_OF_DAY.test(before)) return null;
      return whole(m, (ctx) => {
        if (today) return { type: 'date', value: formatYmd(ctx.ref), relative: true };
        // "Monday was the third day of …": the day just named, if that is what the last date is.
        return ctx.last && /^\d{4}-\d{2}-\d{2}$/.test(ctx.last) ? { type: 'date', value: ctx.last, relative: true } : null;
      });
    },
  },
  {
    name: 'ordinal-day',
    re: wordRe('(?<=\\b(?:on|by|until|till|since|from|before|after|through)\\s+)the\\s+(\\d{1,2})(?:st|nd|rd|th)'),
    build(m, text) {
      const day = parseInt(m[1], 10);
      if (day < 1 || day > 31) return null;
      if (!AFTER_OK.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
      return whole(m, (ctx) => {
        const last = ctx.last ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(ctx.last) : null;
        if (last) {
          const y = +last[1], mo = +last[2];
          return isValidDay(y, mo, day) ? { type: 'date', value: formatYmd({ y, m: mo, d: day }), relative: true, anchor: true } : null;
        }
        let month = { ...ctx.ref, d: 1 };
        if (ctx.tense === 'past' && day > ctx.ref.d) month = addMonths(month, -1);
        if (ctx.tense === 'future' && day < ctx.ref.d) month = addMonths(month, 1);
        if (!isValidDay(month.y, month.m, day)) return null;
        return { type: 'date', value: formatYmd({ y: month.y, m: month.m, d: day }), relative: true, anchor: true };
      });
    },
  },
  {
    // "on the 20th of this month", "by the fifth of next month": a day of a month told by deixis; "the 15th of each
    // month" is that day of every month. Not "the 1st of the
    // month", which is as often every month's ("rent is due on the 1st of the month") as one month's.
    name: 'ordinal-day-of-month',
    re: wordRe(`the\\s+(${ORDINAL_RE})\\s+of\\s+(this|last|next|each|every)\\s+month`),
    priority: 1,
    build(m) {
      const day = ordinalValue(m[1]);
      if (!day || day > 31) return null;
      const which = m[2].toLowerCase();
      // "on the 15th of each month": that day of every month, a set.
      if (which === 'each' || which === 'every') return whole(m, () => ({ type: 'set', value: `XXXX-XX-${String(day).padStart(2, '0')}`, relative: false }));
      return whole(m, (ctx) => {
        const base = addMonths({ ...ctx.ref, d: 1 }, which === 'last' ? -1 : which === 'next' ? 1 : 0);
        if (!isValidDay(base.y, base.m, day)) return null;
        return { type: 'date', value: formatYmd({ y: base.y, m: base.m, d: day }), relative: true, anchor: true };
      });
    },
  },
  {
    name: 'nth-weekday',
    re: wordRe(`the\\s+(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final)\\s+(${WEEKDAY_FULL_RE})\\s+(?:of|in)\\s+(${MONTH_RE})(?:,?\\s+((?:19|20)\\d\\d))?`),
    priority: 3,
    build(m) {
      if (!capitalized(m[2]) || !capitalized(m[3])) return null;
      const n = NTH[m[1].toLowerCase()], wd = weekdayOf(m[2]), month = monthOf(m[3]);
      return whole(m, (ctx) => {
        const y = m[4] ? +m[4] : yearForMonth(ctx.ref, month, undefined, ctx.tense);
        const day = nthWeekdayOfMonth(y, month, wd, n);
        // "the fifth Monday" of a month with four Mondays names no day.
        if (day.m !== month || !isValidDay(day.y, day.m, day.d)) return null;
        return { type: 'date', value: formatYmd(day), relative: !m[4], anchor: true };
      });
    },
  },
];
