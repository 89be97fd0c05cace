/** Patterns counting from now or from a date just mentioned: "two weeks ago", "a year earlier", "25 years ago", "years ago". */
import { NUMBER_RE, numberValue, unitOf, UNIT_RE } from './lexicon';
import { type Pattern, whole, wordRe } from './patternTypes';
import { FINANCIAL } from './periodCommon';
import { shiftRef, shiftValue } from './resolveRelative';

/** Periods of an earnings report longer than a quarter. */
const LONG_PERIOD = /\b(?:nine|six)\s+months|\bfirst\s+half|\b(?:fiscal|full)\s+year|\bfor\s+the\s+year\b/i;

/** The sentence of `text` around offset `at` (cut at ". ", "! ", "? "). */
function sentenceAt(text: string, at: number): string {
  const before = text.slice(0, at);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1;
  const rest = /[.!?]\s/.exec(text.slice(at));
  return text.slice(from, rest ? at + rest.index + 1 : text.length);
}

export const agoPatterns: Pattern[] = [
  {
    // "two weeks ago", "a year earlier", "25 years ago", "nearly four years ago", "a week or so ago", "three days later"
    name: 'ago',
    re: wordRe(`(?:(about|around|nearly|almost|more\\s+than|less\\s+than|some|roughly|over|just|only|at\\s+least|barely)\\s+)?(${NUMBER_RE})\\s+${UNIT_RE.replace('(?:', '(')}(?:\\s+or\\s+(?:so|more|two|three))?\\s+(ago|earlier|later|from\\s+now|hence)`),
    priority: 2,
    build(m, text) {
      const unit = unitOf(m[3]);
      if (!unit) return null;
      const n = numberValue(m[2]);
      const dir = m[4].toLowerCase();
      const sign = dir === 'ago' || dir === 'earlier' ? -1 : 1;
      const financial = FINANCIAL.test(text);
      const longPeriod = LONG_PERIOD.test(sentenceAt(text, m.index)) && !/quarter/i.test(sentenceAt(text, m.index));
      return whole(m, (ctx) => {
        if (n === null) return { type: 'date', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', relative: true };
        const k = Math.round(n);
        // Earnings news compares a quarter with the same quarter "a year ago".
        if (unit === 'Y' && k === 1 && sign < 0 && (financial || (ctx.last && /^\d{4}-Q/.test(ctx.last)))) {
          // "For the nine months, … compared with … a year earlier": a comparison of longer periods is by year.
          if (longPeriod) return { type: 'date', value: String(ctx.ref.y - 1), relative: true, anchor: false };
          const q = ctx.last && /^\d{4}-Q[1-4]$/.test(ctx.last) ? ctx.last : shiftRef(ctx.ref, -1, 'Q');
          return { type: 'date', value: shiftValue(q, -1, 'Y')!, relative: true, anchor: false };
        }
        if ((dir === 'earlier' || dir === 'later') && ctx.last) {
          const v = shiftValue(ctx.last, sign * k, unit === 'DE' ? 'Y' : unit);
          if (v) return { type: 'date', value: unit === 'DE' ? shiftValue(ctx.last, sign * 10 * k, 'Y') ?? v : v, relative: true };
        }
        if (unit === 'DE') return { type: 'date', value: String(ctx.ref.y + sign * 10 * k), relative: true };
        if (unit === 'CE') return { type: 'date', value: String(ctx.ref.y + sign * 100 * k), relative: true };
        if (unit === 'S' || unit === 'MIN' || unit === 'H') return { type: 'time', value: shiftRef(ctx.ref, 0, 'D'), relative: true };
        return { type: 'date', value: shiftRef(ctx.ref, sign * k, unit), relative: true };
      });
    },
  },
  {
    // "years ago", "months earlier"
    name: 'vague-ago',
    re: wordRe(`(?:(?:many|several|a\\s+few|few|some)\\s+)?(years|months|weeks|days|decades)\\s+(ago|earlier|later|from\\s+now)`),
    build(m) {
      const past = /ago|earlier/i.test(m[2]);
      return whole(m, () => ({ type: 'date', value: past ? 'PAST_REF' : 'FUTURE_REF', relative: true }));
    },
  },
];
