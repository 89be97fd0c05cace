/** Patterns for business periods: "the third quarter", "third-quarter", "the year-ago quarter", "the first half", "the fiscal year", "year-end". */
import { quarterOf } from './calendar';
import { yearValue } from './calendarPatterns';
import { MONTH_RE, monthOf, ordinalValue } from './lexicon';
import { capitalized, type Pattern, type ResolveContext, whole, wordRe } from './patternTypes';
import { COMPANY_ACCOUNTS, latestQuarter, LONG_PERIOD, pastPeriodYear, reportedPeriodYear, REPORT_AFTER, sentenceAt } from './periodCommon';
import { shiftRef, shiftValue, yearForMonth } from './resolveRelative';

/**
 * The period a year before `base` (a quarter or a year), unless `base` is the quarter just mentioned and already lies a
 * year back ("Acme made $4.1 million in the year-ago quarter. Those year-ago figures were later revised"): then it is it.
 */
function yearAgoOf(base: string, ctx: ResolveContext): string {
  const current = ctx.ref.m <= 3 ? ctx.ref.y - 1 : ctx.ref.y;
  if (base === ctx.last && /^\d{4}-Q[1-4]$/.test(base) && +base.slice(0, 4) < current) return base;
  return shiftValue(base, -1, 'Y') ?? String(ctx.ref.y - 1);
}

/** A future verb right after a period that is its clause's subject: "the fourth quarter would see", "will be". */
const FUTURE_VERB_AFTER = /^\s+(?:will|would|'ll|is\s+(?:expected|likely|set|due)\s+to|was\s+(?:expected|likely)\s+to)\b/i;

/** The month of "ended July 31", "ending in September" right after a period word, or 0. */
const ENDED = new RegExp(`^\\s+(?:that\\s+|which\\s+)?(?:ended|ending|ends)\\s+(?:in\\s+)?(${MONTH_RE})`, 'i');
function endedMonth(after: string): number {
  const e = ENDED.exec(after);
  return e && capitalized(e[1]) ? monthOf(e[1]) : 0;
}

/** Words of a match report, in whose sentences "the second half" is half of the game. */
const MATCH_WORDS = /\b(?:scored|scores|scoring|goals?|halftime|half-time|penalty|penalties|kick-?off|striker|goalkeeper|equali[sz]ed|equali[sz]er|header|quarterback|touchdowns?|innings|rebounds|free\s+throws?|referee|stadium|match|points|trailed|basket|three-pointers?|buzzer|game)\b/i;

/**
 * The year of a quarter or half given without one ("Q3", "the April-June quarter"): that of a quarter just mentioned,
 * else in the past tense the last one begun, else this year's. As for "the third quarter", a quarter already over is
 * still this year's in the future tense ("will report Q3 results" in November), as TimeBank's earnings news shows
 * (reading it as next year's cost 7 values).
 */
function codeYear(ctx: ResolveContext, code: string, n: number, calendar: boolean, reported: boolean): number {
  const lastYear = ctx.last && /^\d{4}-(?:Q|H)/.test(ctx.last) ? +ctx.last.slice(0, 4) : null;
  if (lastYear !== null && Math.abs(lastYear - ctx.ref.y) <= 1) return lastYear;
  if (ctx.tense === 'past') return pastPeriodYear(ctx.ref, code, n, calendar);
  return reported ? reportedPeriodYear(ctx.ref, code, n) : ctx.ref.y;
}

export const quarterPatterns: Pattern[] = [
  {
    // "the April-June quarter", "the July-to-September quarter of 2025", "in the April-June period": a calendar quarter
    // named by its first and last months (Japanese companies report so), its value the quarter's (2025-Q3), not two
    // months.
    name: 'months-quarter',
    re: wordRe(`(?:the\\s+)?(${MONTH_RE})(?:\\s*[-–/]\\s*|[\\s-]+to[\\s-]+)(${MONTH_RE})\\s+(?:quarter|period)(?:\\s+of\\s+((?:19|20)\\d\\d))?`),
    priority: 2,
    build(m, text) {
      if (!capitalized(m[1]) || !capitalized(m[2])) return null;
      const first = monthOf(m[1]), last = monthOf(m[2]);
      if (first % 3 !== 1 || last !== first + 2) return null;
      const n = (first + 2) / 3;
      const calendar = !COMPANY_ACCOUNTS.test(sentenceAt(text, m.index));
      const reported = REPORT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      return whole(m, (ctx) => ({ type: 'date', value: `${m[3] ?? codeYear(ctx, 'Q', n, calendar, reported)}-Q${n}`, relative: !m[3], anchor: true }));
    },
  },
  {
    // "Q3", "Q3 2017", "2017 Q3", "H1 2018": the business shorthand for quarters and halves (capital Q or H only).
    // The number may come first, as brokers write it ("1H 2026", "3Q 2025"), then only before a year: a bare "2H" is
    // as likely a pencil's grade.
    name: 'quarter-code',
    re: wordRe('(?:((?:19|20)\\d\\d)[\\s-]+)?(?:([QH])([1-4])|([1-4])([QH])(?=[\\s-]+(?:19|20)\\d\\d))(?:[\\s-]+((?:19|20)\\d\\d))?'),
    build(m, text) {
      const code = m[2] ?? m[5], num = m[3] ?? m[4];
      if (!/^[QH]$/.test(code) || (code === 'H' && +num > 2) || (m[1] && m[6])) return null;
      const year = m[1] ?? m[6];
      const calendar = !COMPANY_ACCOUNTS.test(sentenceAt(text, m.index));
      const reported = REPORT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      return whole(m, (ctx) => {
        const n = +num;
        const y = year ? +year : codeYear(ctx, code, n, calendar, reported);
        return { type: 'date', value: `${y}-${code}${n}`, relative: !year, anchor: true };
      });
    },
  },
  {
    // "2H26", "1Q25", "Q2 FY26", "FY2026 Q3": brokers' and companies' shorthand with a two-digit or fiscal year, one
    // mention valued by the year named (a fiscal quarter keeps its label's year, as "fiscal 2026" is 2026).
    name: 'quarter-code-short',
    re: wordRe(`([1-4])([QH])(\\d{2})|([QH])([1-4])\\s+FY\\s?((?:19|20)?\\d{2})|FY\\s?((?:19|20)?\\d{2})\\s+([QH])([1-4])`),
    priority: 1,
    build(m) {
      const code = m[2] ?? m[4] ?? m[8], n = +(m[1] ?? m[5] ?? m[9]), y = m[3] ?? m[6] ?? m[7];
      if (code === 'H' && n > 2) return null;
      const year = y.length === 2 ? yearValue("'" + y) : +y;
      return whole(m, () => ({ type: 'date', value: `${year}-${code}${n}`, relative: false, anchor: true, frames: !m[4] && !m[8] }));
    },
  },
  {
    // "the third quarter", "third-quarter", "the fiscal first quarter", "this year's third quarter", "the year-ago quarter",
    // "the fourth quarter of 1990", "the latest quarter", "the first half"
    name: 'quarter',
    re: wordRe(`(?:(the|its|that|this\\s+year's|last\\s+year's|next\\s+year's|the\\s+company's)\\s+)?((?:(?:year-ago|year-earlier|year\\s+ago|comparable|corresponding|same|current|latest|most\\s+recent|recent|last|previous|past|fiscal|calendar|first|second|third|fourth|final|latter|1st|2nd|3rd|4th|(?:19|20)\\d\\d)[\\s-]+)*)(quarter|half|period)(?:\\s+(?:of\\s+|in\\s+)?(?:(?:fiscal|calendar)\\s+)?((?:19|20)\\d\\d)|\\s+a\\s+year\\s+(?:ago|earlier)|\\s+(?:of\\s+)?(last|this|next|the)\\s+year)?(?![\\s-]+(?:century|mile|point|percent|%))`),
    build(m, text) {
      const det = (m[1] ?? '').toLowerCase();
      const mods = m[2].toLowerCase();
      const half = m[3].toLowerCase() === 'half';
      // "the 2016-2020 period": a range of years, which the year-range patterns give as two years.
      if ((mods.match(/(?:19|20)\d\d/g) ?? []).length > 1) return null;
      if (m[3].toLowerCase() === 'period' && /(?:19|20)\d\d/.test(mods)) {
        const y = /(?:19|20)\d\d/.exec(mods)![0];
        return whole(m, (ctx) => ({ type: 'date', value: ctx.last && /^\d{4}-Q[1-4]$/.test(ctx.last) ? `${y}${ctx.last.slice(4)}` : y, relative: false }));
      }
      const ord = /\b(first|second|third|fourth|final|latter|1st|2nd|3rd|4th)\b/.exec(mods)?.[1];
      // "the latter half of the year" is its second half; "latter" names no quarter.
      if (ord === 'latter' && !half) return null;
      const n = ord ? (ord === 'final' || ord === 'latter' ? (half ? 2 : 4) : ordinalValue(ord) ?? 0) : 0;
      if (half && n > 2) return null;
      // "scored twice in the second half": the half of a match, not of a year.
      // "trailed by 15 points in the first quarter": a quarter of a game, as "the second half" is a half of a match.
      if ((half || (n && m[3].toLowerCase() === 'quarter')) && !m[4] && !m[5] && !/fiscal|calendar/.test(mods) && !det.startsWith('last') && !det.startsWith('next') && !det.startsWith('this') && MATCH_WORDS.test(sentenceAt(text, m.index))) return null;
      // "the second half of the month": a half of a month or a week is no half-year.
      if (half && /^\s+of\s+(?:the|this|that|last|next)\s+(?:month|week|day|decade|century)\b/i.test(text.slice(m.index + m[0].length))) return null;
      if (!det && !mods.trim() && !m[4]) return null; // bare "quarter"
      if (half && !n) return null;
      // "a quarter of the votes", "first half of the match"
      if (!n && !m[4] && /^\s+of\s+(?:the|a|an|its|their|all|[\d$])/i.test(text.slice(m.index + m[0].length)) && !/fiscal/.test(mods)) return null;
      if (m[3].toLowerCase() === 'period' && !/latest|year-ago|year-earlier|year\s+ago|comparable|corresponding|same|(?:19|20)\d\d/.test(mods)) return null;
      const yearAgo = /year-ago|year-earlier|year\s+ago/.test(mods) || /a\s+year\s+(?:ago|earlier)/i.test(m[0]);
      const yearWord = /(?:19|20)\d\d/.exec(mods)?.[0];
      // "the first half of the year": of the year under discussion, this one unless another was just named.
      const relYear = m[5]?.toLowerCase() === 'the' ? 'the' : m[5] ?? (det.startsWith('last') ? 'last' : det.startsWith('next') ? 'next' : det.startsWith('this') ? 'this' : undefined);
      const endMonth = n || half || yearWord || relYear ? 0 : endedMonth(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      // "in the first seven months of 2019 compared with the same period last year": the period is no quarter, so the
      // year is all a value can say.
      const sentence = sentenceAt(text, m.index);
      const longPeriod = m[3].toLowerCase() === 'period' && LONG_PERIOD.test(sentence) && !/quarter/i.test(sentence);
      const reported = REPORT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      // "He said the fourth quarter would see more support": the quarter is the subject of a reported future, whatever
      // the saying's tense.
      const futureAfter = FUTURE_VERB_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      // "its" helps read the quarter as the company's, but TimeBank leaves it out of the extent ("its third quarter").
      const start = m.index + (det === 'its' ? /^its\s+/i.exec(m[0])![0].length : 0);
      return { start, end: m.index + m[0].length, resolve: (ctx) => {
        // "the quarter ended July 31": the calendar quarter holding most of those three months (its middle month).
        if (endMonth) {
          const y = yearForMonth(ctx.ref, endMonth, undefined, 'past');
          const mid = endMonth === 1 ? 12 : endMonth - 1;
          return { type: 'date', value: `${mid === 12 ? y - 1 : y}-Q${quarterOf(mid)}`, relative: true, anchor: true };
        }
        const code = half ? 'H' : 'Q';
        if (n) {
          let y: number;
          let relative = false;
          if (m[4] || yearWord) y = +(m[4] ?? yearWord!);
          else {
            relative = true;
            // The year of a quarter just mentioned, unless that was history ("last cut its payout in the third quarter
            // of 1986 … posted third-quarter profit"): a quarter named without a year is then a recent one.
            const lastYear = ctx.last && /^\d{4}-(?:Q|H)/.test(ctx.last) ? +ctx.last.slice(0, 4) : null;
            const anchorYear = lastYear !== null && Math.abs(lastYear - ctx.ref.y) <= 1 ? lastYear : null;
            const pastYear = ctx.tense === 'past' && !futureAfter ? pastPeriodYear(ctx.ref, code, n, !COMPANY_ACCOUNTS.test(sentence))
              : reported ? reportedPeriodYear(ctx.ref, code, n) : ctx.ref.y;
            y = relYear === 'the' ? (ctx.last && /^\d{4}/.test(ctx.last) ? +ctx.last.slice(0, 4) : pastYear)
              : relYear ? ctx.ref.y + (relYear === 'last' ? -1 : relYear === 'next' ? 1 : 0)
              : anchorYear ?? pastYear;
          }
          if (yearAgo) y -= 1;
          return { type: 'date', value: `${y}-${code}${n}`, relative, anchor: !yearAgo };
        }
        if (half) return null;
        // "the same period of 2019": that year's quarter when quarters are being compared, else only the year is known.
        if (m[4]) return { type: 'date', value: longPeriod || !/quarter/i.test(sentence) ? m[4] : `${m[4]}${latestQuarter(ctx).slice(4)}`, relative: false };
        // "the 1988 quarter": the quarter under discussion, in that year.
        if (yearWord) return { type: 'date', value: `${yearWord}${latestQuarter(ctx).slice(4)}`, relative: true };
        if (det === 'that' && ctx.last && /^\d{4}-Q[1-4]$/.test(ctx.last)) return { type: 'date', value: ctx.last, relative: true };
        if (longPeriod && (relYear === 'last' || yearAgo)) {
          const base = ctx.last && /^\d{4}$/.test(ctx.last) ? +ctx.last : ctx.ref.y;
          return { type: 'date', value: String(base - 1), relative: true };
        }
        // "exceed that of the same period last year" with no quarter nor company accounts about: no quarter is being
        // compared, so the year is all a value can say.
        if ((relYear === 'last' || relYear === 'next') && m[3].toLowerCase() === 'period' && !quarterTalk(sentence, ctx.last)) {
          return { type: 'date', value: String(ctx.ref.y + (relYear === 'last' ? -1 : 1)), relative: true };
        }
        if (relYear === 'last' || relYear === 'next') {
          const q = latestQuarter(ctx);
          return { type: 'date', value: shiftValue(q, relYear === 'last' ? -1 : 1, 'Y') ?? q, relative: true };
        }
        // "in the first quarter, up from … the previous quarter": the one before the quarter just told, not before now's.
        const previousOfTold = /previous|prior|preceding/.test(mods) && m[3].toLowerCase() === 'quarter' && ctx.last && /^\d{4}-Q[1-4]$/.test(ctx.last) ? shiftValue(ctx.last, -1, 'Q') : null;
        if (previousOfTold) return { type: 'date', value: previousOfTold, relative: true, anchor: true };
        const rel = /current|this/.test(mods + det) ? shiftRef(ctx.ref, 0, 'Q')
          : /\blast\b|previous|past|latest|most\s+recent/.test(mods) ? shiftRef(ctx.ref, -1, 'Q') : latestQuarter(ctx);
        if (yearAgo) return { type: 'date', value: yearAgoOf(rel, ctx), relative: true };
        return { type: 'date', value: rel, relative: true, anchor: true };
      } };
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
          return { type: 'date', value: yearAgoOf(base, ctx), relative: true };
        },
      };
    },
  },
];

/** True when quarters are being compared: the sentence names a quarter or a company's accounts, or one was just dated. */
function quarterTalk(sentence: string, last: string | null | undefined): boolean {
  return /quarter/i.test(sentence) || COMPANY_ACCOUNTS.test(sentence) || (!!last && /^\d{4}-Q[1-4]$/.test(last));
}
