/** Patterns for recurring times (TIMEX3 sets): "every year", "weekly", "each Thursday", "twice a year", "on Mondays". */
import { MONTH_RE, monthOf, NUMBER_RE, numberValue, partOfDayCode, SEASON_RE, seasonCode, unitOf, UNIT_RE, WEEKDAY_RE, weekdayOf } from './lexicon';
import { durationValue } from './durationPatterns';
import { capitalized, type Pattern, whole, wordRe } from './patternTypes';

const ADVERB: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P3M',
  annually: 'P1Y', yearly: 'P1Y', 'semi-annually': 'P6M', biannually: 'P6M', 'twice-yearly': 'P6M',
};

/** A unit of distance, volume or count before "per hour": the phrase is a speed or a rate. */
const SPEED_UNIT_BEFORE = /\b(?:kilometers?|kilometres?|km|miles?|meters?|metres?|feet|knots|mph|kph|liters?|litres?|gallons?|barrels?|tons?|tonnes?|cubic\s+\w+|instructions|operations|frames|words|bits|bytes|megabits|gigabits|revolutions|beats)\s+$/i;

const SEASON_ONLY = new RegExp(`^${SEASON_RE}$`, 'i');
/** A word after "quarterly"/"annually" that makes it an adjective: "quarterly dividend", "the quarterly of five cents". */
const QUARTERLY_NOUN_AFTER = /^\s+(?!(?:and|or|but|in|on|at|by|for|from|since|through|until|to|with|as|when|while|after|before|over|under|here|there|now|again|thereafter)\b)\p{Ll}|^\s+of\b/u;
const MONTH_OR_SEASON_AFTER = new RegExp(`^\\s+(?:in|on|around|during)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:${MONTH_RE}|${SEASON_RE})\\b`, 'i');
/** An amount before the adverb, which makes the phrase a rate: "20% annually", "C$17.9 million annually". */
const RATE_BEFORE = /(?:\d|%|percent|million|billion|trillion|units|tons|tonnes|barrels)[^.;]{0,24}$/i;

export const setPatterns: Pattern[] = [
  {
    // "every year", "each month", "every two weeks", "every other day"
    name: 'every',
    re: wordRe(`(every|each|per)\\s+(?:(other)\\s+|(${NUMBER_RE})\\s+)?(${UNIT_RE})`),
    priority: 2,
    build(m, text) {
      const unit = unitOf(m[4]);
      if (!unit) return null;
      if (/^\s+of\b/i.test(text.slice(m.index + m[0].length))) return null; // "in each of the last five years"
      // "350 kilometers per hour", "15 million instructions per second": a speed or a rate of things, not a recurrence.
      if (m[1].toLowerCase() === 'per' && SPEED_UNIT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
      const n = m[2] ? 2 : m[3] ? numberValue(m[3]) : 1;
      return whole(m, () => ({ type: 'set', value: durationValue(n, unit), relative: false }));
    },
  },
  {
    // "every Thursday", "each July", "every other Thursday", "every Sunday morning", "each autumn", "every morning"
    name: 'every-named',
    re: wordRe(`(every|each)\\s+(?:other\\s+|second\\s+)?(${WEEKDAY_RE}|${MONTH_RE}|${SEASON_RE}|morning|afternoon|evening|night)(?:\\s+(morning|afternoon|evening|night))?`),
    priority: 2,
    build(m, text) {
      // "every morning", "each evening": a part of every day. Not "each night of the festival" (a night of something told).
      const daily = /^(?:morning|afternoon|evening|night)$/i.test(m[2]) ? partOfDayCode(m[2]) : '';
      if (daily) return m[3] || /^\s+of\b/i.test(text.slice(m.index + m[0].length)) ? null : whole(m, () => ({ type: 'set', value: `XXXX-XX-XX${daily}`, relative: false }));
      // Seasons are written in lower case: "the fair is held each autumn" (but not "every fall of the index").
      if (SEASON_ONLY.test(m[2])) {
        if (m[3] || /^\s+of\b/i.test(text.slice(m.index + m[0].length))) return null;
        return whole(m, () => ({ type: 'set', value: `XXXX-${seasonCode(m[2])}`, relative: false }));
      }
      if (!capitalized(m[2])) return null;
      const wd = weekdayOf(m[2]);
      const part = m[3] && wd > 0 ? partOfDayCode(m[3]) : '';
      if (m[3] && !part) return null;
      const value = wd > 0 && !/^mar/i.test(m[2]) ? `XXXX-WXX-${wd}${part}` : `XXXX-${String(monthOf(m[2])).padStart(2, '0')}`;
      return whole(m, () => ({ type: 'set', value, relative: false }));
    },
  },
  {
    // "every Tuesday and Friday", "each Monday, Wednesday and Friday": the weekdays listed after the first recur too.
    name: 'every-named-list',
    re: new RegExp(`(?<=\\b(?:every|each)\\s+${WEEKDAY_RE}(?:,\\s*${WEEKDAY_RE})*,?\\s+(?:(?:and|or)\\s+)?|\\b(?:every|each)\\s+${WEEKDAY_RE}(?:,\\s*${WEEKDAY_RE})*,\\s*)(${WEEKDAY_RE})(?![A-Za-z])`, 'gi'),
    priority: 2,
    build(m) {
      if (!capitalized(m[1])) return null;
      return whole(m, () => ({ type: 'set', value: `XXXX-WXX-${weekdayOf(m[1])}`, relative: false }));
    },
  },
  {
    // "open until 10 p.m. on weekends", "at weekends": the plural after a preposition recurs, as "on Mondays" does.
    name: 'weekends',
    re: wordRe('(?<=\\b(?:on|at|over|during)\\s+)weekends'),
    build(m) {
      return whole(m, () => ({ type: 'set', value: 'XXXX-WXX-WE', relative: false }));
    },
  },
  {
    // "on the first Sunday of every month", "the last Friday of each month": a day that recurs monthly (TIMEX3 has
    // no value for which weekday of the month, so the set is monthly, P1M, spanning the whole phrase).
    name: 'weekday-of-every-month',
    re: wordRe(`the\\s+(?:first|second|third|fourth|last)\\s+(${WEEKDAY_RE})\\s+of\\s+(?:every|each)\\s+month`),
    priority: 3,
    build(m) {
      if (!capitalized(m[1])) return null;
      return whole(m, () => ({ type: 'set', value: 'P1M', relative: false }));
    },
  },
  {
    name: 'adverb',
    re: wordRe('(hourly|daily|nightly|weekly|biweekly|monthly|yearly|semi-annually|biannually|twice-yearly|annually|quarterly)'),
    build(m, text) {
      const w = m[1].toLowerCase();
      // "The forum is held annually", "adjusted quarterly": what recurs. Not the adjective ("a quarterly dividend",
      // "quarterly results"), nor a rate, where the amount is the point ("rise 8.5% annually", "10,000 units annually").
      // "held annually in October": the month that follows is each year's (XXXX-10) and carries the recurrence.
      if ((w === 'annually' || w === 'quarterly') && (QUARTERLY_NOUN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)) || RATE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || MONTH_OR_SEASON_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)))) return null;
      // "the daily newspaper", "a weekly magazine" are still sets in TimeML; "Daily Telegraph", "China Daily",
      // "People's Daily", "Nikkei Weekly" are names.
      if (/^\p{Lu}/u.test(m[1]) && (/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length)) || /\p{Lu}[\p{L}'’]*\s+$/u.test(text.slice(Math.max(0, m.index - 24), m.index)))) return null;
      // "the party daily Nhan Dan", "average daily volume": a newspaper, an average.
      // … but "the party daily Nhan Dan" is still the paper that appears every day, as TimeBank marks it.
      const paper = /(?:\p{Lu}\p{Ll}+,?|newspaper|paper)\s+$/u.test(text.slice(Math.max(0, m.index - 12), m.index)) && w === 'daily';
      if ((!paper && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) || /average\s+$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) return null;
      return whole(m, () => ({ type: 'set', value: ADVERB[w], relative: false }));
    },
  },
  {
    // "$5 a day", "5 percent a year": a rate, and the set is "a day"; "twice a year", "three times a week": a frequency,
    // and the set is the whole phrase, as in the TimeML guidelines ("twice a month", value P1M, freq 2X); so is "six
    // days a week" (P1W), how many of its days.
    name: 'per-unit',
    re: wordRe(`(?:(once|twice|thrice|(?:${NUMBER_RE})\\s+times|(?:${NUMBER_RE})\\s+days(?=\\s+(?:a|per)\\s+(?:week|month|year)))|times|percent|%|\\d|million|billion|dollars|cents)\\s+(?:a|an|per)\\s+(hour|day|week|month|year)`),
    build(m) {
      const unit = unitOf(m[2])!;
      const lower = m[0].toLowerCase();
      const article = m.index + Math.max(lower.lastIndexOf(' a '), lower.lastIndexOf(' an '), lower.lastIndexOf(' per ')) + 1;
      // "many times a day" says how often too; "a times" is no number.
      const freq = m[1] && !/^(?:a|an)\s/i.test(m[1]);
      return { start: freq ? m.index : article, end: m.index + m[0].length, resolve: () => ({ type: 'set', value: durationValue(1, unit), relative: false }) };
    },
  },
];
