/**
 * A day of the month told by its ordinal alone: "on the 15th", "by the 3rd", "since the 21st". The month is the one
 * of the last full date mentioned before, else the reference month, moved back or forward by the tense when the day
 * would otherwise fall on the wrong side of the reference date ("resumed on the 25th" written on the 3rd is last month).
 */
import { addMonths, formatYmd, isValidDay } from './calendar';
import { type Pattern, whole, wordRe } from './patternTypes';

/** What may follow: the end of a clause or a word that cannot be the noun the ordinal counts ("the 15th floor"). */
const AFTER_OK = /^(?:$|\s*[.,;:!?)'"”’]|\s+(?:and|or|to|at|when|while|as|with|before|after|until|in|through)\b)/;

export const ordinalDayPatterns: Pattern[] = [
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
];

