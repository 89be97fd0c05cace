/**
 * "Year-to-date", "month to date", "quarter-to-date": the period from its start up to the article's day, as markets and
 * statistics news tell a running total ("Sales are up 8 percent year-to-date"). TimeML marks the period as the
 * current year (month, quarter), as "so far this year" marks "this year".
 */
import { formatYm, quarterOf } from './calendar';
import { type Pattern, whole, wordRe } from './patternTypes';

export const toDatePatterns: Pattern[] = [
  {
    // Unhyphenated, not after "the": "in the year to date" is "the year" (see periodPatterns), as "the year" alone is;
    // "the year-to-date gain" is the period.
    name: 'period-to-date',
    re: wordRe('(?:(year|month|quarter)-to-date|(?<!\\bthe\\s)(year|month|quarter)\\s+to\\s+date)(?![-\\w])'),
    priority: 2,
    build(m) {
      const unit = (m[1] ?? m[2]).toLowerCase();
      return whole(m, (ctx) => {
        const { y, m: month } = ctx.ref;
        const value = unit === 'year' ? String(y) : unit === 'month' ? formatYm(y, month) : `${y}-Q${quarterOf(month)}`;
        return { type: 'date', value, relative: true };
      });
    },
  },
];
