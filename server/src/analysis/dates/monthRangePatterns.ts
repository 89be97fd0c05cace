/**
 * Month ranges: "the January-October period", "from April to June", "March through May", "Jan-Oct" (statistics
 * write the months short, without a full stop). Each month is a date of its
 * own; the second follows the first, so it takes the first's year (or the next year when it comes earlier in the
 * calendar: "November-February").
 */
import { formatYm } from './calendar';
import { MONTH_WORD_RE, monthOf } from './lexicon';
import { capitalized, type Pattern, type Resolved, type ResolveContext, whole } from './patternTypes';
import { RECURRENCE, sentenceAt } from './periodCommon';
import { yearForMonth } from './resolveRelative';

const BETWEEN_BEFORE = /\bbetween\s+$/i;

/**
 * Each year's month (the set XXXX-07) when the range is told in a sentence of what recurs ("The typhoon season
 * typically peaks between July and September") and the clause is not past, as a month alone is (see the month
 * pattern); else null.
 */
function recurringMonth(text: string, at: number, month: number): ((ctx: ResolveContext) => Resolved | null) | null {
  if (!RECURRENCE.test(sentenceAt(text, at))) return null;
  return (ctx) => (ctx.tense !== 'past' ? { type: 'set', value: `XXXX-${String(month).padStart(2, '0')}`, relative: false } : null);
}

export const monthRangePatterns: Pattern[] = [
  {
    // The first month of a range. Its year is decided by the range's end: "rose in the January-October period" written
    // in November is this January, though a January alone two months ahead would be next year's. A year after the end
    // month is the whole range's ("from March to May 2016"). Also takes the hyphenated first month, which the month
    // pattern refuses ("January-" may start a compound).
    name: 'month-range-start',
    // "between January and October" is one too: "and" only after "between".
    re: new RegExp(`(?<![A-Za-z0-9'’-])(${MONTH_WORD_RE})(?=\\s*(?:[-–]|to|through|until|till|(and))\\s*(${MONTH_WORD_RE})(?![A-Za-z0-9])(?:,?\\s+(1[0-9]\\d\\d|20\\d\\d))?)`, 'gi'),
    priority: 1,
    build(m, text) {
      if (!capitalized(m[1]) || !capitalized(m[3])) return null;
      if (m[2] && !BETWEEN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const month = monthOf(m[1]), end = monthOf(m[3]);
      const each = m[4] ? null : recurringMonth(text, m.index, month);
      return whole(m, (ctx) => {
        const set = each?.(ctx);
        if (set) return set;
        const endYear = m[4] ? +m[4] : yearForMonth(ctx.ref, end, undefined, ctx.tense);
        return { type: 'date', value: formatYm(endYear - (month > end ? 1 : 0), month), relative: !m[4], anchor: true };
      });
    },
  },
  {
    name: 'month-range-end',
    re: new RegExp(`(?<=(${MONTH_WORD_RE})\\s*(?:[-–]|to|through|until|till|(?<=\\bbetween\\s+\\S+\\s+)and)\\s*)(${MONTH_WORD_RE})(?![A-Za-z0-9])(?!,?\\s+(?:1[0-9]\\d\\d|20\\d\\d|'\\d\\d))`, 'gi'),
    priority: 1,
    build(m, text) {
      if (!capitalized(m[1]) || !capitalized(m[2])) return null;
      const first = monthOf(m[1]), month = monthOf(m[2]);
      const each = recurringMonth(text, m.index, month);
      return whole(m, (ctx) => {
        const set = each?.(ctx);
        if (set) return set;
        const last = ctx.last ? /^(\d{4})-(\d{2})$/.exec(ctx.last) : null;
        // The first month is the anchor just before; without it (it was not a date), resolve on its own.
        if (!last || +last[2] !== first) return { type: 'date', value: formatYm(yearForMonth(ctx.ref, month, undefined, ctx.tense), month), relative: true, anchor: true };
        const y = +last[1] + (month < first ? 1 : 0);
        return { type: 'date', value: formatYm(y, month), relative: true, anchor: true };
      });
    },
  },
];
