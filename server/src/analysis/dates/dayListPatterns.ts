/** The later days of a list or range after a month and day: "on April 24 and 25", "May 3 to 5", "June 1-3", "Oct 1-7". */
import { formatYmd, isValidDay } from './calendar';
import { MONTH_WORD_RE } from './lexicon';
import { type Pattern, whole } from './patternTypes';

/**
 * What may follow the second day: end of clause, or a word that cannot be the noun the number counts, or a noun of an
 * event the days are the dates of ("at its Dec. 10-11 meeting"), which no number counts, or the zone the days are told in
 * ("from November 17 to 19 local time").
 */
const AFTER_OK = /^(?:$|\s*[.,;:!?)'"”’]|\s+(?:(?:local|[A-Z][a-z]+)\s+time\b|in|at|on|and|or|to|of|when|while|as|with|for|from|before|after|\d{4}\b|(?:last|this|next)\s+year\b|(?:policy\s+)?(?:meeting|summit|talks|session|visit|conference|forum|festival|holiday|election|vote|exhibition|expo|fair|tournament|championships?|strike|trip|tour)\b))/;

/** The rest of a list of days after one of its middle days: ", 5 and 6", " and 5", ", or 5". */
const LIST_GOES_ON = /^\s*(?:,\s*\d{1,2}\b|,?\s*(?:and|or)\s+\d{1,2}(?:st|nd|rd|th)?(?![\d,]))/;

export const dayListPatterns: Pattern[] = [
  {
    // Only the second day is a candidate here; the first ("April 24") is the month-day pattern's, and the second takes
    // its month and year from it through the anchor (the last date mentioned), as TimeML annotates each day apart.
    name: 'second-day',
    // Not wordRe: its left boundary refuses a hyphen, and "June 1-3" is the commonest range of all.
    // A year after the second day belongs to both ("from February 4 to 20, 2022"): the month-day pattern reads it
    // for the first, and this span takes it in.
    // A longer list runs on with commas ("Dec. 3, 4 and 5"): each day takes its month from the one before.
    re: new RegExp(`(?<=${MONTH_WORD_RE}\\s*\\d{1,2}(?:st|nd|rd|th)?(?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)*\\s*(?:,?\\s*(?:and|or)|to|through|-|–|,)\\s*)(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?(?![A-Za-z0-9])`, 'gi'),
    build(m, text) {
      const day = parseInt(m[1], 10);
      if (day < 1 || day > 31) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      // After a bare comma the number is a day only where the list goes on to its "and": "On Dec. 3, 40 people …" is a count.
      if (/,\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && !LIST_GOES_ON.test(after)) return null;
      if (!m[2] && !AFTER_OK.test(after)) return null;
      return whole(m, (ctx) => {
        const last = ctx.last && /^(\d{4})-(\d{2})-(\d{2})$/.exec(ctx.last);
        if (!last) return null;
        const d = { y: m[2] ? +m[2] : +last[1], m: +last[2], d: day };
        if (day <= +last[3] || !isValidDay(d.y, d.m, d.d)) return null;
        return { type: 'date', value: formatYmd(d), relative: !m[2] };
      });
    },
  },
];
