/** Patterns for weeks, months, years, quarters and seasons named relative to now: "last year", "earlier this month", "two weeks ago", "the third quarter", "this spring". */
import { formatYm, quarterOf } from './calendar';
import { MONTH_RE, monthOf, NUMBER_RE, numberValue, ORDINAL_RE, ordinalValue, SEASON_RE, seasonCode, unitOf, type Unit, UNIT_RE } from './lexicon';
import { capitalized, type Pattern, type ResolveContext, whole, wordRe } from './patternTypes';
import { shiftRef, shiftValue, truncateValue, yearForMonth } from './resolveRelative';

/** Words of earnings reports, where "the quarter" and "a year ago" speak of fiscal quarters. */
const FINANCIAL = /\b(?:cents\s+a\s+share|a\s+share|net\s+income|net\s+loss|profits?|earnings|revenues?|quarter|per\s+share)\b/i;

const EDGE = '(?:(?:early|late|mid|earlier|later|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of|the\\s+start\\s+of|the\\s+rest\\s+of)[\\s-]+(?:in\\s+)?)';
const PERIOD = '(week|weekend|month|year|quarter|decade|century)';

function offsetOf(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:last|past|previous|the past|the previous|this past|the last|prior)$/.test(w)) return -1;
  if (/^(?:next|coming|following|the coming|the following|this coming|the next)$/.test(w)) return 1;
  return 0;
}

/** A season of a year: "2017-SU". Winter belongs to the year it starts in. */
function seasonValue(y: number, code: string): string {
  return `${y}-${code}`;
}

function currentSeasonYear(ctx: ResolveContext, code: string, offset: number, tense: string): number {
  if (offset !== 0) return ctx.ref.y + offset;
  if (code === 'WI' && ctx.ref.m <= 2) return ctx.ref.y - 1;
  const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 6;
  if (tense === 'past' && start > ctx.ref.m) return ctx.ref.y - 1;
  return ctx.ref.y;
}

/** The most recent finished quarter, the usual meaning of "the quarter" in earnings news. */
function latestQuarter(ctx: ResolveContext): string {
  if (ctx.last && /^\d{4}-Q[1-4]$/.test(ctx.last)) return ctx.last;
  return shiftRef(ctx.ref, -1, 'Q');
}

export const periodPatterns: Pattern[] = [
  {
    // "last year", "this week", "next month", "earlier this month", "early next year", "late last week", "the coming year"
    name: 'relative-period',
    re: wordRe(`(${EDGE})?(last|this|next|past|coming|current|the\\s+past|the\\s+coming|the\\s+current|this\\s+past|this\\s+coming)\\s+${PERIOD}`),
    build(m) {
      const det = m[2].toLowerCase().replace(/\s+/g, ' ');
      const unit = unitOf(m[3]) as Unit;
      // "the past year", "the coming year": a span of time counted from now.
      // "the past year" is annotated as last year's date; "the past month", "the coming week" as spans of time.
      if (/^(?:the past|past)$/.test(det) && !m[1] && unit === 'Y') {
        return whole(m, (ctx) => ({ type: 'date', value: String(ctx.ref.y - 1), relative: true }));
      }
      if (/^(?:the past|past|the coming|coming)$/.test(det) && !m[1] && unit !== 'WE') {
        return whole(m, () => ({ type: 'duration', value: unit === 'DE' ? 'P10Y' : unit === 'CE' ? 'P100Y' : `P1${unit === 'Q' ? 'Q' : unit}`, relative: false }));
      }
      const offset = offsetOf(det);
      return whole(m, (ctx) => ({ type: 'date', value: shiftRef(ctx.ref, offset, unit), relative: true }));
    },
  },
  {
    // "the weekend", "this weekend" handled above; bare "the weekend"
    name: 'the-weekend',
    re: wordRe('(?:over\\s+)?the\\s+weekend'),
    build(m) {
      const start = m.index + (m[0].toLowerCase().startsWith('over') ? m[0].indexOf('the') : 0);
      return {
        start, end: m.index + m[0].length,
        resolve: (ctx) => ({ type: 'date', value: shiftRef(ctx.ref, ctx.tense === 'future' ? 0 : -1, 'WE'), relative: true }),
      };
    },
  },
  {
    // "July last year", "January this year", "last April", "next May", "last December"
    name: 'relative-month',
    re: wordRe(`(?:(${EDGE})?(last|next|this|this\\s+past|this\\s+coming)\\s+(${MONTH_RE})(?!\\s*\\d)|(${EDGE})?(${MONTH_RE})\\s+(?:of\\s+)?(last|this|next)\\s+year)`),
    priority: 2,
    build(m) {
      const monthWord = m[3] ?? m[5];
      if (!capitalized(monthWord)) return null;
      const month = monthOf(monthWord);
      return whole(m, (ctx) => {
        if (m[5]) return { type: 'date', value: formatYm(ctx.ref.y + offsetOf(m[6]), month), relative: true, anchor: true };
        const det = m[2].toLowerCase().replace(/\s+/g, ' ');
        let y = ctx.ref.y;
        // "last April": the latest April before the reference month; "next May": the first May after it.
        if (det === 'last' || det === 'this past') y = month < ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1;
        else if (det === 'next' || det === 'this coming') y = month > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1;
        else y = yearForMonth(ctx.ref, month, undefined, ctx.tense);
        return { type: 'date', value: formatYm(y, month), relative: true, anchor: true };
      });
    },
  },
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
      return whole(m, (ctx) => {
        if (n === null) return { type: 'date', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', relative: true };
        const k = Math.round(n);
        // Earnings news compares a quarter with the same quarter "a year ago".
        if (unit === 'Y' && k === 1 && sign < 0 && (financial || (ctx.last && /^\d{4}-Q/.test(ctx.last)))) {
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
  {
    // "the year", "that year", "the same day", "the following month", "later that year", "earlier in the year"
    name: 'anaphoric-period',
    re: wordRe(`(${EDGE})?(that|the\\s+same|the\\s+following|the\\s+previous|the\\s+prior|the\\s+next|the)\\s+(day|week|month|year)(?![\\s-]+(?:ago|earlier|old|long))`),
    build(m, text) {
      const det = m[2].toLowerCase().replace(/\s+/g, ' ');
      const unit = unitOf(m[3]) as Unit;
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      if (det === 'the' && !m[1]) {
        // Bare "the year": only as a time reference ("in the year", "for the year"), not "the year's best".
        if (unit !== 'Y') return null;
        if (/^'s|^\s+(?:before|after|earlier|ago)/.test(text.slice(m.index + m[0].length))) return null;
        if (/^\s+(?:ended|ending)\b/i.test(text.slice(m.index + m[0].length)) || /\bover\s+$/i.test(before)) return whole(m, () => ({ type: 'duration', value: 'P1Y', relative: false }));
        if (!/\b(?:in|during|of|this|throughout|earlier|later|since|for)\s+$/i.test(before)) return null;
      }
      if (det === 'the next' && unit !== 'D') return null;
      const offset = /following|next/.test(det) ? 1 : /previous|prior/.test(det) ? -1 : 0;
      return whole(m, (ctx) => {
        if (ctx.last) {
          const base = unit === 'Y' ? truncateValue(ctx.last, 'Y') : unit === 'M' ? truncateValue(ctx.last, 'M') : unit === 'D' && /^\d{4}-\d{2}-\d{2}/.test(ctx.last) ? ctx.last.slice(0, 10) : null;
          if (base) {
            const v = offset ? shiftValue(base, offset, unit) : base;
            if (v) return { type: 'date', value: v, relative: true };
          }
        }
        if (det === 'the' && unit === 'Y') return { type: 'date', value: String(ctx.ref.y), relative: true };
        if (offset === 0 && unit !== 'D') return { type: 'date', value: shiftRef(ctx.ref, 0, unit), relative: true };
        return { type: 'date', value: unit === 'D' ? 'XXXX-XX-XX' : shiftRef(ctx.ref, offset, unit), relative: true };
      });
    },
  },
  {
    // "the third quarter", "third-quarter", "the fiscal first quarter", "this year's third quarter", "the year-ago quarter",
    // "the fourth quarter of 1990", "the latest quarter", "the first half"
    name: 'quarter',
    re: wordRe(`(?:(the|its|that|this\\s+year's|last\\s+year's|next\\s+year's|the\\s+company's)\\s+)?((?:(?:year-ago|year-earlier|year\\s+ago|comparable|corresponding|same|current|latest|most\\s+recent|recent|last|previous|past|fiscal|calendar|first|second|third|fourth|final|1st|2nd|3rd|4th|(?:19|20)\\d\\d)[\\s-]+)*)(quarter|half|period)(?:\\s+(?:of\\s+)?(?:(?:fiscal|calendar)\\s+)?((?:19|20)\\d\\d)|\\s+a\\s+year\\s+(?:ago|earlier)|\\s+(?:of\\s+)?(last|this|next)\\s+year)?(?![\\s-]+(?:century|mile|point|percent|%))`),
    build(m, text) {
      const det = (m[1] ?? '').toLowerCase();
      const mods = m[2].toLowerCase();
      const half = m[3].toLowerCase() === 'half';
      if (m[3].toLowerCase() === 'period' && /(?:19|20)\d\d/.test(mods)) {
        const y = /(?:19|20)\d\d/.exec(mods)![0];
        return whole(m, (ctx) => ({ type: 'date', value: ctx.last && /^\d{4}-Q[1-4]$/.test(ctx.last) ? `${y}${ctx.last.slice(4)}` : y, relative: false }));
      }
      const ord = /\b(first|second|third|fourth|final|1st|2nd|3rd|4th)\b/.exec(mods)?.[1];
      const n = ord ? (ord === 'final' ? (half ? 2 : 4) : ordinalValue(ord) ?? 0) : 0;
      if (half && n > 2) return null;
      if (!det && !mods.trim() && !m[4]) return null; // bare "quarter"
      if (half && !n) return null;
      // "a quarter of the votes", "first half of the match"
      if (!n && !m[4] && /^\s+of\s+(?:the|a|an|its|their|all|[\d$])/i.test(text.slice(m.index + m[0].length)) && !/fiscal/.test(mods)) return null;
      if (m[3].toLowerCase() === 'period' && !/latest|year-ago|year-earlier|year\s+ago|comparable|corresponding|same|(?:19|20)\d\d/.test(mods)) return null;
      const yearAgo = /year-ago|year-earlier|year\s+ago/.test(mods) || /a\s+year\s+(?:ago|earlier)/i.test(m[0]);
      const yearWord = /(?:19|20)\d\d/.exec(mods)?.[0];
      const relYear = m[5] ?? (det.startsWith('last') ? 'last' : det.startsWith('next') ? 'next' : det.startsWith('this') ? 'this' : undefined);
      return whole(m, (ctx) => {
        const code = half ? 'H' : 'Q';
        if (n) {
          let y: number;
          let relative = false;
          if (m[4] || yearWord) y = +(m[4] ?? yearWord!);
          else {
            relative = true;
            const anchorYear = ctx.last && /^\d{4}/.test(ctx.last) && /^\d{4}-(?:Q|H)/.test(ctx.last) ? +ctx.last.slice(0, 4) : null;
            y = relYear ? ctx.ref.y + (relYear === 'last' ? -1 : relYear === 'next' ? 1 : 0)
              : anchorYear ?? (ctx.tense === 'past' && !half && n > quarterOf(ctx.ref.m) ? ctx.ref.y - 1 : ctx.ref.y);
          }
          if (yearAgo) y -= 1;
          return { type: 'date', value: `${y}-${code}${n}`, relative, anchor: !yearAgo };
        }
        if (half) return null;
        if (det === 'that' && ctx.last && /^\d{4}-Q[1-4]$/.test(ctx.last)) return { type: 'date', value: ctx.last, relative: true };
        if (/^last year's|^next year's/.test(det)) {
          const q = latestQuarter(ctx);
          return { type: 'date', value: shiftValue(q, det.startsWith('last') ? -1 : 1, 'Y') ?? q, relative: true };
        }
        const rel = /current|this/.test(mods + det) ? shiftRef(ctx.ref, 0, 'Q')
          : /\blast\b|previous|past|latest|most\s+recent/.test(mods) ? shiftRef(ctx.ref, -1, 'Q') : latestQuarter(ctx);
        if (yearAgo) return { type: 'date', value: shiftValue(rel, -1, 'Y') ?? rel, relative: true };
        return { type: 'date', value: rel, relative: true, anchor: true };
      });
    },
  },
  {
    // "the fiscal year", "the full year", "the latest fiscal year", "year-end", "year's end", "the current year"
    name: 'business-year',
    re: wordRe("(?:around\\s+|by\\s+)?(the\\s+(?:(latest|current|last|previous|next|coming|new)\\s+)?(?:fiscal|full|financial|calendar|current)(?:\\s+fiscal)?\\s+year|year[-\\s]end|year's\\s+end)"),
    build(m, text) {
      const start = m.index + m[0].length - m[1].length;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const det = (m[2] ?? '').toLowerCase();
      if (/^\s+(?:ended|ending|through|to\s+date)\b/i.test(after) || /throughout\s+$/i.test(text.slice(Math.max(0, start - 12), start))) {
        return { start, end: m.index + m[0].length, resolve: () => ({ type: 'duration', value: 'P1Y', relative: false }) };
      }
      const offset = /latest|last|previous/.test(det) ? -1 : /next|coming|new/.test(det) ? 1 : 0;
      return { start, end: m.index + m[0].length, resolve: (ctx) => ({ type: 'date', value: String(ctx.ref.y + offset), relative: true }) };
    },
  },
  {
    // "year-earlier", "the year-ago period", "the year-earlier period"
    name: 'year-ago-period',
    re: wordRe('(?:the\\s+)?(?:comparable\\s+)?(year-ago|year-earlier)(?:\\s+(period|quarter|results|level))?'),
    build(m) {
      const end = m[2] && /results|level/i.test(m[2]) ? m.index + m[0].length - m[2].length - 1 : m.index + m[0].length;
      return {
        start: m.index, end,
        resolve: (ctx) => {
          const base = ctx.last && /^\d{4}-Q[1-4]$/.test(ctx.last) ? ctx.last : String(ctx.ref.y);
          return { type: 'date', value: shiftValue(base, -1, 'Y') ?? String(ctx.ref.y - 1), relative: true };
        },
      };
    },
  },
  {
    // "this spring", "last fall", "the summer of 1990", "summer 1997", "early this summer", "the winter of nineteen ninety-four"
    name: 'season',
    re: wordRe(`(${EDGE})?(?:(this\\s+past|this\\s+coming|this|last|next|the|in\\s+the|during\\s+the)\\s+)?(?:(early|late|mid)[\\s-]+)?(${SEASON_RE})(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d))?(?![\\s-]+(?:of\\s+(?:the|his|her|its|their|a|an)|semester|term|session|collection|games|olympics|school|camp|wheat|fashion|meeting))`),
    build(m, text) {
      const det = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const word = m[4].toLowerCase();
      if (!det && !m[1] && !m[3] && !m[5]) {
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        if (!/\b(?:in|since|until|by|during|through|over|this|last|next)\s+$/i.test(before) || word === 'fall' || word === 'spring') return null;
      }
      if (/^(?:fall|spring)$/.test(word) && det === 'the' && !m[5] && !/\b(?:in|since|until|by|during|through|over)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
      const start = m.index + (det.startsWith('in ') || det.startsWith('during ') ? m[0].toLowerCase().indexOf('the') : 0);
      return {
        start, end: m.index + m[0].length,
        resolve: (ctx) => {
          const code = seasonCode(word);
          if (m[5]) return { type: 'date', value: seasonValue(+m[5], code), relative: false };
          const offset = det === 'last' ? -1 : det === 'next' ? 1 : 0;
          const tense = det === 'this past' ? 'past' : det === 'this coming' ? 'future' : ctx.tense;
          return { type: 'date', value: seasonValue(currentSeasonYear(ctx, code, offset, tense), code), relative: true };
        },
      };
    },
  },
  {
    // "now", "currently", "recently", "the past", "the future", "soon", "these days"
    name: 'reference-word',
    re: wordRe('(right\\s+now|now|currently|current|at\\s+present|presently|nowadays|these\\s+days|recently|more\\s+recently|lately|recent|the\\s+past|the\\s+near\\s+future|the\\s+future|future|the\\s+near\\s+term|the\\s+short\\s+term|the\\s+long\\s+term|soon|a\\s+later\\s+date|as\\s+soon\\s+as\\s+possible)'),
    build(m, text) {
      const w = m[1].toLowerCase().replace(/\s+/g, ' ');
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      if (w === 'current') {
        // "current" is a date only when it qualifies the time itself ("the current quarter" is handled elsewhere).
        if (!/^\s+(?:levels?|rates?|prices?|conditions?|situation|state|climate|environment|policy|policies|government|administration|leadership|crisis|market|members?|laws?|system|plan|season|term|period|practices?|trends?)\b/i.test(after)) return null;
      }
      if (w === 'recent' && !/^\s+(?:years?|months?|weeks?|days?|decades?|times|history|past|quarters?|sessions?)\b/i.test(after)) return null;
      // "future" alone is a date only as a noun ("Elian's future"), not as an adjective ("future earnings").
      if (w === 'future' && !/'s\s+$|\b(?:his|her|its|their|our|my|your)\s+$/i.test(before)) return null;
      if (w === 'now' && /^\s*-|^\s+that\b/i.test(after) && /\b(?:by|until|from|till)\s+$/i.test(before) === false && /^\s+that\b/i.test(after)) return null;
      if (w === 'soon' && /^\s+(?:as|after|afterwards?|thereafter)\b/i.test(after)) return null;
      if (w === 'the past' && /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|century|quarter)/i.test(after)) return null;
      if (w === 'the future' && /^\s+of\b/i.test(after)) return null;
      const value = /^(?:right now|now|currently|current|at present|presently|nowadays|these days)$/.test(w) ? 'PRESENT_REF'
        : /future|soon|later|term$|as soon/.test(w) ? 'FUTURE_REF' : 'PAST_REF';
      return whole(m, () => ({ type: 'date', value, relative: true }));
    },
  },
];
