/**
 * Patterns for a week named by the text around it: "the week of March 6", bare "the week" ("for the week", "the week's
 * gains"), "the week to Friday" (seven days up to a day).
 */
import { formatWeek, isValidDay } from './calendar';
import { MONTH_WORD_RE, monthOf, TO_END_POINT } from './lexicon';
import { capitalized, type Pattern, wordRe } from './patternTypes';
import { yearForMonth } from './resolveRelative';

/** Words after "the week" that tie it to another event or make it a span of time: left to other patterns. */
const NOT_BARE = /^(?:\s+(?:before|after|earlier|later|ago|ended|ending|long|or|and|that|when|in\s+which)\b|-)/i;

export const weekPatterns: Pattern[] = [
  {
    // "the week of March 6", "the week of Dec. 15": the ISO week holding the day; bare "the week" of a report: a week of the year, not known which.
    name: 'the-week',
    re: wordRe(`the\\s+week(?:\\s+of\\s+(${MONTH_WORD_RE})\\.?\\s+([0-2]?\\d|3[01])(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?)?`),
    priority: 1,
    build(m, text) {
      const end = m.index + m[0].length;
      if (m[1]) {
        if (!capitalized(m[1])) return null;
        const month = monthOf(m[1]), day = +m[2];
        return {
          start: m.index, end,
          resolve: (ctx) => {
            const y = m[3] ? +m[3] : yearForMonth(ctx.ref, month, day, ctx.tense);
            if (!isValidDay(y, month, day)) return null;
            return { type: 'date', value: formatWeek({ y, m: month, d: day }), relative: !m[3] };
          },
        };
      }
      // "the week ended Friday", "the week to Sept. 30": the seven days up to that day (which is a date of its own).
      if (TO_END_POINT.test(text.slice(end, end + 24))) return { start: m.index, end, resolve: () => ({ type: 'duration', value: 'P1W', relative: false }) };
      if (NOT_BARE.test(text.slice(end, end + 16)) || /^\s+of\b/i.test(text.slice(end, end + 4))) return null;
      return {
        start: m.index, end,
        resolve: (ctx) => {
          const year = ctx.last && /^\d{4}/.test(ctx.last) ? ctx.last.slice(0, 4) : String(ctx.ref.y).padStart(4, '0');
          return { type: 'date', value: `${year}-WXX`, relative: true };
        },
      };
    },
  },
];
