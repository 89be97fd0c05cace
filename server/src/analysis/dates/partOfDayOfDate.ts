/**
 * A part of a day named before its date: "on the morning of July 20", "the evening of 3 March 2024", as agencies write
 * the time of an event ("On the afternoon of Oct. 12, the delegation visited …"). One time: the day, at that part.
 * Not "the night of Oct. 23": news corpora annotate the date alone there, as they give "Friday night" the day's value.
 */
import { calendarPatterns } from './calendarPatterns';
import { partOfDayCode } from './lexicon';
import type { Pattern } from './patternTypes';

/** The patterns whose date may follow "the morning of": a month and day, or a day and month. */
const DATES = calendarPatterns.filter((p) => p.name === 'month-day' || p.name === 'day-month')
  .map((p) => ({ pattern: p, at: new RegExp(p.re.source, p.re.flags.replace('g', '') + 'y') }));

export const partOfDayOfDatePatterns: Pattern[] = [
  {
    name: 'part-of-day-of-date',
    re: /(?<![A-Za-z])the\s+(morning|afternoon|evening)\s+of\s+/gi,
    priority: 3,
    build(m, text) {
      const from = m.index + m[0].length;
      for (const { pattern, at } of DATES) {
        at.lastIndex = from;
        const sub = at.exec(text);
        const date = sub && pattern.build(sub, text);
        // Only a date that starts right there: the day-month pattern may trim an article, and a date of its own.
        if (!date || date.start !== from) continue;
        return {
          start: m.index, end: date.end,
          resolve: (ctx) => {
            const r = date.resolve(ctx);
            if (!r || !/^\d{4}-\d{2}-\d{2}$/.test(r.value)) return r;
            return { ...r, type: 'time', value: r.value + partOfDayCode(m[1]) };
          },
        };
      }
      return null;
    },
  },
];
