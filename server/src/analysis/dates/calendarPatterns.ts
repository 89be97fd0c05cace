/** Patterns for dates written with calendar words: "Jan. 5, 2017", "22 Nov 2017", "May 2017", "1996-08-22", "1990", "the 1990s". */
import { formatYm, formatYmd, isValidDay, weekday } from './calendar';
import {
  CALENDAR_BEFORE_CONJUNCTION, decadeWordValue, MONTH_GOVERNOR_RE, MONTH_RE, MONTH_WORD_RE, monthOf, ORDINAL_RE, ordinalValue, SPOKEN_YEAR_RE, spokenYearValue, WEEKDAY_RE, weekdayOf,
} from './lexicon';
import { capitalized, type Candidate, type Pattern, type Resolved, whole, wordRe, type ResolveContext } from './patternTypes';
import { RECURRENCE, sentenceAt, sentenceYearOf, yearNamedAfter } from './periodCommon';
import { rangeStartMonthBefore, rangeYearAfter, yearAfterRangeStart } from './rangeYear';
import { sinceBefore, yearForMonth, yearOfRecentPastDay, yearOnOrBefore } from './resolveRelative';
import { earlyYearFramed } from './earlyYear';
import { yearInName } from './yearInName';
import { inLongMarchName } from './longMarchName';
import { ongoingRangeYear, rangeEndAfter } from './ongoingRange';

const YEAR = "(?:1[0-9]\\d\\d|20\\d\\d|'\\d\\d)";
const DAY = '(?:[0-2]?\\d|3[01])(?:st|nd|rd|th)?';
/** Modifiers TimeBank keeps inside the span: "early", "mid-", "the end of", "end-" (agencies' "by end-June") … */

export const MOD = '(?:(?:early|late|mid|the\\s+(?:early|late|mid))[\\s-]+|end-|(?:the\\s+)?(?:end|beginning|middle|start|first\\s+half|second\\s+half|last\\s+half|first\\s+part|latter\\s+part|rest)\\s+of\\s+)';

export function yearValue(s: string): number {
  if (s.startsWith("'")) {
    const n = +s.slice(1);
    return n < 30 ? 2000 + n : 1900 + n;
  }
  return +s;
}

/** Numbers that are counts, not years, when they precede these words. */
const COUNT_NOUN = /^[\s-]*(?:people|persons|troops|soldiers|workers|employees|jobs|members|residents|students|children|men|women|cars|units|shares|tons|tonnes|miles|kilometers|km|feet|meters|metres|acres|barrels|homes|houses|votes|points|delegates|officers|police|policemen|refugees|votes|copies|guns|rockets|missiles|planes|aircraft|vehicles|cases|deaths|dead|victims|patients|stores|lawyers|dollars|yuan|euros|pounds|yen|rubles|seats|calories|pages|words|meters|hectares|cattle|sheep|percent|%|years?|days?|hours?|minutes?|passengers|visitors|tourists|travelers|travellers|participants|athletes|volunteers|companies|firms|enterprises|projects|households|families|villages|schools|hospitals|beds|items|pieces|products|tickets|trips|flights|samples|units|packages|parcels|containers|applications|patents|books|films|apps|posts|users|customers|subscribers|fans|spectators|runners|teams|countries|nations|cities|schoolchildren|pupils|teachers|doctors|nurses|farmers|migrants|stations|trains|buses|ships|vessels|drones|satellites|robots|chips|phones|smartphones|rupees|apartments|flats|rooms|buildings)\b/i;

/**
 * Figures a month may qualify: "its August data", "China's November economic data", "the July CPI", "September
 * exports". Such figures are counted over a month that is over (or under way) when they are reported, whatever the
 * tense of their release ("will release its August data next week" in September is this August). Not a target or
 * an event named by the month ("its November sales event").
 */
const STATISTIC_AFTER = /^\s+(?:(?:economic|trade|official|inflation|industrial|retail|factory|jobs?|employment|housing|consumer|producer|manufacturing|services|export|import)\s+)?(?:data|figures|statistics|numbers|readings?|CPI|PPI|PMIs?|GDP|exports|imports|sales|output|payrolls|inflation|jobs\s+report)\b(?!\s+(?:event|season|campaign|promotion|festival|drive|push|targets?|goals?|forecasts?|outlook|plans?|quotas?))/;

/** Verbs of saying right after a word: only a person does that, so a month word before one is a name ("May said"). */
const SPEECH_AFTER = /^\s+(?:said|says|told|tells|added|adds|noted|stressed|wrote|writes|asked|replied|argued|insisted|warned|urged|claimed|explained|recalled|admitted|declared|denied)\b/;

/**
 * What only a month does as the subject of a clause: be, or mark, a month ("May was the hottest month on record",
 * "April marked the fifth straight month of growth", "March was declared a month of mourning"), or see a movement of
 * figures ("March saw a sharp rebound", "March also saw exports surge"). A person named May may be elected or see a
 * chance, but is no month and sees no rebound.
 */
const MONTH_SUBJECT_AFTER = /^\s+(?:also\s+|alone\s+|again\s+)?(?:(?:was|is|has\s+been|had\s+been|became|marked|marks|has\s+marked)\s+(?:(?!about|for|of|in|on|at|to|with|from|over|after|before|than)[\w-]+\s+){0,4}?month\b|(?:saw|sees|has\s+seen|witnessed|recorded|registered|brought)\s+(?:[\w-]+\s+){0,4}?(?:rises?|increases?|decreases?|declines?|drops?|falls?|rebound|surge|growth|jump|slowdown|contraction|expansion|gains?|losses|recovery|records?|highs?|lows?|spike|slump|dip|uptick|downturn|exports|imports|sales|prices|inflation|demand|output|temperatures|rainfall)\b)/i;

/** A word of time, or a conjunction, right before a bare month word: "in May", "April and May" (see CALENDAR_BEFORE_CONJUNCTION). */
const MONTH_GOVERNED = new RegExp(`\\b(?:${MONTH_GOVERNOR_RE}|and|or)\\s+$`, 'i');

/** Events a day may name that nobody schedules: what they name is over ("the Oct. 7 attack", "the Jan. 6 riot"). */
const PAST_EVENT_AFTER = /^\s+(?:(?:terror|terrorist|deadly|fatal)\s+)?(?:attacks?|massacre|incident|bombings?|shootings?|riots?|uprising|coup|crash|earthquake|quake|tsunami|blast|explosion|killings?|ambush|invasion|disaster|tragedy|derailment|collapse|landslide)\b/i;

/**
 * A day designated as an annual observance: "designated Sept. 3 as Victory Day", "declared 15 August a day of
 * remembrance", "Dec. 4 was named National Constitution Day". The day recurs every year; no one year is meant, so its
 * year is unknown (`XXXX-09-03`), whatever year the designation was made in.
 */
const DESIGNATION_BEFORE = /\b(?:designated?|designates|declared?|declares|named|names|proclaimed?|proclaims|set\s+aside|made)\s+$/i;
// An adverb may stand between: "was officially designated", "was later declared", "has since been named".
const DESIGNATION_AFTER = /^\s+(?:(?:is|was|has\s+(?:since\s+)?been|had\s+been)\s+(?:(?:[a-z]+ly|later|also|then|since|subsequently)\s+)?(?:designated|declared|named|proclaimed|set\s+aside)\b)/i;

function designatedDay(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  return (DESIGNATION_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && /^\s+(?:as\b|(?:a|an)\s)/i.test(after)) ||
    (/^\s+(?:is|was|has|had)\s/i.test(after) && DESIGNATION_AFTER.test(after));
}

/** "(Dec. 13) each year", "(13 December) every year", "(March 5) annually": the words that make a day recur. */
const EACH_YEAR_AFTER = /^\s+(?:(?:each|every)\s+year\b|annually\b|yearly\b)/i;
/** "every year on (April 24)", "annually on (Oct. 1)": the same words just before the day. */
const EACH_YEAR_BEFORE = /\b(?:(?:each|every)\s+year|annually|yearly)\s+on\s+$/i;

/**
 * "The anniversary falls on Dec. 13 each year": the day of every year, one set (XXXX-12-13) spanning the words that
 * make it recur; else null.
 */
function yearlyDay(text: string, start: number, end: number, month: number, day: number): Omit<Candidate, 'priority'> | null {
  // "marked every year on April 24": the recurring words are a mention of their own; the day is of no one year.
  if (EACH_YEAR_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
    const value = unknownYearDay(month, day);
    return value ? { start, end, resolve: () => value } : null;
  }
  const each = EACH_YEAR_AFTER.exec(text.slice(end, end + 16));
  const value = each && unknownYearDay(month, day);
  return value ? { start, end: end + each[0].length, resolve: () => ({ ...value, type: 'set', relative: false }) } : null;
}

function unknownYearDay(month: number, day: number): Resolved | null {
  return isValidDay(2000, month, day) ? { type: 'date', value: `XXXX-${formatYmd({ y: 2000, m: month, d: day }).slice(5)}`, relative: true, anchor: false } : null;
}

/**
 * The value of a day naming a past event without a year ("the Oct. 7 attack"): the latest such day when it is recent,
 * else the day of an unknown year (see `yearOfRecentPastDay`), which is no anchor for what follows.
 */
function eventDay(ctx: ResolveContext, month: number, day: number): Resolved | null {
  const y = yearOfRecentPastDay(ctx.ref, month, day);
  if (y === null) return unknownYearDay(month, day);
  return isValidDay(y, month, day) ? { type: 'date', value: formatYmd({ y, m: month, d: day }), relative: true, anchor: true } : null;
}

export function plausibleYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  if (/[$#€£¥]\s?$|\d[.,]$/.test(before)) return false;
  const after = text.slice(end, end + 20);
  if (/^[.,]\d|^\s*%|^-\d|^\s*(?:GMT|UTC|Z\b|hours\b|hrs\b)/.test(after)) return false;
  if (!YEAR_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && STREET_AFTER.test(text.slice(end, end + 40))) return false;
  return !COUNT_NOUN.test(after);
}

/**
 * A house number before a street's name: "2020 Main Street", "1600 Pennsylvania Avenue" (but "In 2020 Beijing Road
 * was renamed", after a preposition that takes years).
 */
const YEAR_PREPOSITION_BEFORE = /\b(?:in|since|by|until|till|during|before|after|from)\s+$/i;
const STREET_AFTER = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Way|Place|Square|Highway)(?![\p{L}])/u;

/**
 * The length of "last year", "this year" or "next year" right after a day ("on March 3 last year"): the day and the
 * year that dates it are one expression, as "July last year" is (0 when something else follows the day).
 */
function relativeYearAfter(text: string, end: number): number {
  return RELATIVE_YEAR_AFTER.exec(text.slice(end, end + 20))?.[0].length ?? 0;
}
const RELATIVE_YEAR_AFTER = /^,?\s+(?:of\s+)?(?:last|this|next)\s+year\b(?!['’])/i;

/** A full decade and a word joining a second one to it, before that second one: "the 1920s and ", "1980s to ", "the 1960s, 70s and ". */
const DECADE_BEFORE = /\b(the\s+)?(?:(?:early|mid|late)[\s-]+)?(1\d|20)\d0s(?:\s*,\s*'?\d0s)*(?:\s*,\s*|,?\s+(?:and|or|to|through)\s+)$/i;

export const calendarPatterns: Pattern[] = [
  {
    name: 'iso-date',
    re: wordRe('(\\d{4})-(\\d{2})-(\\d{2})'),
    priority: 5,
    build(m) {
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      if (!isValidDay(y, mo, d)) return null;
      return whole(m, () => ({ type: 'date', value: formatYmd({ y, m: mo, d }), relative: false, anchor: true }));
    },
  },
  {
    // "11/22/2017" (month first, as in US news); "22/11/2017" when the first number cannot be a month.
    name: 'slash-date',
    re: wordRe('(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})'),
    build(m) {
      const y = m[3].length === 2 ? yearValue("'" + m[3]) : +m[3];
      const [a, b] = [+m[1], +m[2]];
      const [mo, d] = a > 12 ? [b, a] : [a, b];
      if (!isValidDay(y, mo, d)) return null;
      return whole(m, () => ({ type: 'date', value: formatYmd({ y, m: mo, d }), relative: false, anchor: true }));
    },
  },
  {
    // "22-Nov-2017", "5-January-2018": the day-month-year of timestamps ("Updated 14:32, 22-Nov-2017").
    name: 'hyphen-date',
    re: wordRe(`(\\d{1,2})-(${MONTH_WORD_RE})-(\\d{4}|\\d{2})`),
    priority: 4,
    build(m) {
      const y = m[3].length === 2 ? yearValue("'" + m[3]) : +m[3];
      const [mo, d] = [monthOf(m[2]), +m[1]];
      if (!isValidDay(y, mo, d)) return null;
      return whole(m, () => ({ type: 'date', value: formatYmd({ y, m: mo, d }), relative: false, anchor: true }));
    },
  },
  {
    // "2017/11/22", "2017.11.22": year first, as in Chinese, Japanese and Korean sources.
    name: 'year-first-date',
    re: wordRe('((?:19|20)\\d\\d)([/.])(\\d{1,2})\\2(\\d{1,2})'),
    build(m) {
      const [y, mo, d] = [+m[1], +m[3], +m[4]];
      if (!isValidDay(y, mo, d)) return null;
      return whole(m, () => ({ type: 'date', value: formatYmd({ y, m: mo, d }), relative: false, anchor: true }));
    },
  },
  {
    // "Wednesday, Jan. 5, 2017", "Nov. 22", "March 26, 1996", "March eighth"
    name: 'month-day',
    re: wordRe(`(?:(${WEEKDAY_RE}),?\\s+(?:the\\s+)?)?(${MONTH_RE}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\\s+\\d))\\s*(${DAY}|${ORDINAL_RE})(?:(?:,\\s*|\\s+)(${YEAR}))?(?!\\d|:\\d)`),
    priority: 3,
    build(m, text) {
      const month = monthOf(m[2]);
      const day = /^\d/.test(m[3]) ? parseInt(m[3], 10) : ordinalValue(m[3]);
      if (!capitalized(m[2]) || !day || day > 31) return null;
      if (!m[1] && inLongMarchName(text, m.index)) return null;
      if (/^\d/.test(m[3]) && !m[4] && /^(?:may|march)$/i.test(m[2]) && /^\s*(?:%|percent|million|billion)/.test(text.slice(m.index + m[0].length))) return null;
      // "the May Fourth Movement": a capitalized spelled day before a capitalized word is part of a name.
      if (!m[4] && /^\p{Lu}/u.test(m[3]) && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) return null;
      const wd = m[1] ? weekdayOf(m[1]) : 0;
      if (m[1] && !capitalized(m[1])) return null;
      const since = sinceBefore(text, m.index);
      // "from February 4 to 20, 2022", "from Sept. 23 to Oct. 8, 2023": the year after the range's last day dates the
      // first too.
      const rangeYear = m[4] ? null : rangeYearAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 32), month);
      const namedYear = m[4] || rangeYear ? null : yearNamedAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      // "from Nov. 28 to Jan. 5": the last day of a range follows its first.
      const rangeStart = m[4] || rangeYear || namedYear || wd ? 0 : rangeStartMonthBefore(text.slice(Math.max(0, m.index - 40), m.index));
      // "the Oct. 7 attack", "the Jan. 12 earthquake": a day that names an event nobody schedules is behind.
      const pastEvent = !m[4] && PAST_EVENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      const rangeEnd = m[4] || rangeYear || namedYear || wd ? null : rangeEndAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 24), month);
      if (!m[4] && !wd && designatedDay(text, m.index, m.index + m[0].length)) return whole(m, () => unknownYearDay(month, day));
      if (!m[4] && !wd) { const each = yearlyDay(text, m.index, m.index + m[0].length, month, day); if (each) return each; }
      return { start: m.index, end: m.index + m[0].length + (namedYear ? relativeYearAfter(text, m.index + m[0].length) : 0), resolve: (ctx) => {
        const told = m[4] ? yearValue(m[4]) : rangeYear ?? (namedYear ? namedYear(ctx.ref.y) : (rangeStart ? yearAfterRangeStart(ctx.last, rangeStart, month) : null) ?? (!wd ? sentenceYearOf(ctx) : undefined));
        if (told === undefined && pastEvent && !wd) return eventDay(ctx, month, day);
        const y = told ?? (rangeEnd ? ongoingRangeYear(ctx.ref, { m: month, d: day }, rangeEnd) : null) ?? (since || pastEvent ? yearOnOrBefore(ctx.ref, month, day) : yearForMonth(ctx.ref, month, day, wd ? 'unknown' : ctx.tense, !wd && ctx.pastGoverned, !wd && ctx.willGoverned));
        if (!isValidDay(y, month, day)) return null;
        // A weekday that contradicts the guessed year: try the neighbouring years.
        let year = y;
        if (wd && !m[4] && weekday({ y, m: month, d: day }) !== wd) {
          for (const alt of [y - 1, y + 1]) if (isValidDay(alt, month, day) && weekday({ y: alt, m: month, d: day }) === wd) year = alt;
        }
        return { type: 'date', value: formatYmd({ y: year, m: month, d: day }), relative: !m[4], anchor: true };
      } };
    },
  },
  {
    // "22 Nov 2017", "4 January", "the 5th of May"
    name: 'day-month',
    re: wordRe(`(?:(${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(${DAY}|${ORDINAL_RE})\\s+(?:of\\s+)?(${MONTH_RE}|nov|dec|jan|feb|aug|sept?|oct|apr)(?:,?\\s+(${YEAR}))?`),
    priority: 2,
    build(m, text) {
      const month = monthOf(m[3]);
      const day = /^\d/.test(m[2]) ? parseInt(m[2], 10) : ordinalValue(m[2]);
      if (!capitalized(m[3]) || !day || day > 31) return null;
      // "20 May" could be a count before a verb or a name; after "on", "by", "since" … it is a day.
      const preposition = /\b(?:on|by|until|till|since|from|before|after|between|to|and)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
      if (/^(?:may|march)$/i.test(m[3]) && !m[4] && !preposition && !/^\d+(?:st|nd|rd|th)$|^\p{L}/u.test(m[2])) return null;
      const since = sinceBefore(text, m.index);
      const namedYear = m[4] ? null : yearNamedAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      const pastEvent = !m[4] && !m[1] && PAST_EVENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      // "the 5th of May" keeps its article; in "the 7 October attack" the article is the noun's.
      const article = !m[1] && /^\d+$/.test(m[2]) && !/\sof\s/i.test(m[0]) ? /^the\s+/i.exec(m[0]) : null;
      if (!m[4] && !m[1] && designatedDay(text, m.index, m.index + m[0].length)) return whole(m, () => unknownYearDay(month, day));
      if (!m[4] && !m[1]) { const each = yearlyDay(text, m.index + (article ? article[0].length : 0), m.index + m[0].length, month, day); if (each) return each; }
      return { start: m.index + (article ? article[0].length : 0), end: m.index + m[0].length + (namedYear ? relativeYearAfter(text, m.index + m[0].length) : 0), resolve: (ctx) => {
        const told = m[4] ? yearValue(m[4]) : namedYear ? namedYear(ctx.ref.y) : sentenceYearOf(ctx);
        if (told === undefined && pastEvent) return eventDay(ctx, month, day);
        const y = told ?? (since ? yearOnOrBefore(ctx.ref, month, day) : yearForMonth(ctx.ref, month, day, ctx.tense, ctx.pastGoverned, ctx.willGoverned));
        if (!isValidDay(y, month, day)) return null;
        return { type: 'date', value: formatYmd({ y, m: month, d: day }), relative: !m[4], anchor: true };
      } };
    },
  },
  {
    // "May 2017", "July 1997", "early December", "late-November", "the end of March", "January of 1998", "June that year"
    name: 'month',
    // A month written short without a full stop needs its year: "Jan 2025", "Sept 2024".
    re: wordRe(`(${MOD})?(${MONTH_RE}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\\s+(?:1[89]|20)\\d\\d(?!\\d)))(?:(?:,\\s*|\\s+)(?:of\\s+)?(${YEAR}|${SPOKEN_YEAR_RE})|\\s+(?:of\\s+)?(that|the\\s+same|that\\s+same)\\s+year)?`),
    build(m, text) {
      if (!capitalized(m[2])) return null;
      const month = monthOf(m[2]);
      const bare = !m[1] && !m[3] && !m[4];
      // A month the clause is about has been (see MONTH_SUBJECT_AFTER): it is the latest such month.
      const subject = bare && MONTH_SUBJECT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
      if (bare && /^(?:may|march|jan|feb|apr|aug|oct|nov|dec|sept?|jun|jul)\.?$/i.test(m[2])) {
        // "May" and "March" alone are verbs too often: require a preposition before.
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        // … or a determiner before a month used as an adjective: "the March accession", "a May deadline".
        const attributive = /\b(?:the|a|its|their|his|her)\s+$/i.test(before) && /^\s+[a-z]/.test(text.slice(m.index + m[0].length));
        // … or the end of a period: "for the year ended March", "the quarter ending May".
        // … or a schedule: "set for May", "scheduled for March" (not "voted for May").
        const scheduled = /\b(?:set|scheduled|slated|planned|due|expected|pencil(?:l)?ed\s+in|earmarked|booked|timed)\s+for\s+$/i.test(text.slice(Math.max(0, m.index - 24), m.index));
        if (!attributive && !scheduled && !MONTH_GOVERNED.test(before) && !subject) return null;
        // "April and May" joins months; "… and May defended the deal" joins a clause whose subject is a person.
        if (!attributive && !subject && /\b(?:and|or)\s+$/i.test(before) && !CALENDAR_BEFORE_CONJUNCTION.test(text.slice(Math.max(0, m.index - 32), m.index))) return null;
      }
      if (bare && /^\s*\d/.test(text.slice(m.index + m[0].length))) return null;
      // "June told reporters", "Omar to May said nothing": a month does not speak, so the word is a person's name.
      if (bare && SPEECH_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      const statistic = bare && STATISTIC_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      // "April Ryan", "August Wilson": a month word before a capitalized word is a first name unless a preposition says otherwise.
      if (bare && !statistic && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length)) &&
        !/\b(?:in|since|until|till|by|from|through|during|before|after|early|late|mid|last|next|this|that|between|each|every)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const since = sinceBefore(text, m.index);
      const recurring = !m[3] && !m[4] && RECURRENCE.test(sentenceAt(text, m.index));
      return whole(m, (ctx) => {
        // "The harvest typically begins in late September": each year's September, unless the clause is past.
        if (recurring && ctx.tense !== 'past') return { type: 'set', value: `XXXX-${String(month).padStart(2, '0')}`, relative: false };
        if (m[3]) {
          const y = /^['\d]/.test(m[3]) ? yearValue(m[3]) : spokenYearValue(m[3]);
          if (!y) return null;
          return { type: 'date', value: formatYm(y, month), relative: false, anchor: true };
        }
        // "June that year": the year of the date before it (in this paragraph or the ones before), else the reference year.
        if (m[4]) return { type: 'date', value: formatYm(ctx.previous && /^\d{4}/.test(ctx.previous) ? +ctx.previous.slice(0, 4) : ctx.ref.y, month), relative: true, anchor: true };
        const y = sentenceYearOf(ctx) ?? (since || statistic || subject ? yearOnOrBefore(ctx.ref, month) : yearForMonth(ctx.ref, month, undefined, ctx.tense, ctx.pastGoverned, ctx.willGoverned));
        return { type: 'date', value: formatYm(y, month), relative: true, anchor: true };
      });
    },
  },
  {
    // "1990", "fiscal 1989", "mid-1996", "the end of 1990", "early 1991", "1994 or later"
    name: 'year',
    re: wordRe(`(${MOD}|(?:the\\s+)?fiscal(?:\\s+year)?\\s+|(?:the\\s+)?(?:calendar\\s+)?year\\s+|post-|pre-)?(1[0-9]\\d\\d|20\\d\\d)(?!\\s*[-–]\\s*\\d)`),
    build(m, text) {
      const start = m.index, end = m.index + m[0].length;
      if (!m[1] && !plausibleYear(text, start, end)) return null;
      if (!m[1] && +m[2] < 1500 && !earlyYearFramed(text, start, end)) return null;
      if (!m[1] && yearInName(text, start)) return null;
      const half = /(first|second|last)\s+half/i.exec(m[1] ?? '');
      const value = half ? `${m[2]}-H${half[1].toLowerCase() === 'first' ? 1 : 2}` : m[2];
      // A fiscal year straddles two calendar years: it dates no month after it (see Resolved.frames).
      const fiscal = /fiscal/i.test(m[1] ?? '');
      return whole(m, () => ({ type: 'date', value, relative: false, anchor: true, frames: !fiscal }));
    },
  },
  {
    // "FY2023", "FY 2024", "FY24": a fiscal year, valued as the year it is named for (as "fiscal 1988" is).
    name: 'fiscal-year-code',
    re: wordRe('FY\\s?((?:19|20)\\d\\d|\\d\\d)'),
    build(m) {
      const y = m[1].length === 4 ? +m[1] : yearValue("'" + m[1]);
      if (!y) return null;
      return whole(m, () => ({ type: 'date', value: String(y), relative: false, anchor: true, frames: false }));
    },
  },
  {
    name: 'spoken-year',
    re: wordRe(`(${MOD})?(?:the\\s+year\\s+)?(${SPOKEN_YEAR_RE})`),
    build(m) {
      const y = spokenYearValue(m[2]);
      if (!y || y < 1800 || y > 2100) return null;
      return whole(m, () => ({ type: 'date', value: String(y), relative: false, anchor: true }));
    },
  },
  {
    // "the 1990s", "the early 1980s", "the '80s", "1960s", "the nineties", "the late 1970s"
    name: 'decade',
    re: wordRe(`(?:the\\s+)?(${MOD})?(?:(1\\d|20)?(\\d)0s|'(\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`),
    build(m, text) {
      if (m[5] && !/^the\s/i.test(m[0])) return null;
      // "the 1920s and 30s", "the 1980s and '90s": a two-digit decade right after a full one shares its century (and its "the").
      const before = !m[2] && (m[3] || m[4]) ? DECADE_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index)) : null;
      // "in their 20s" is an age; a two-digit decade needs "the" or an apostrophe ("the '80s").
      if (!m[2] && m[3] && !/^the\s/i.test(m[0]) && !before) return null;
      return whole(m, () => {
        const century = m[2] ?? before?.[2] ?? '19';
        const digit = m[3] ?? m[4] ?? String(decadeWordValue(m[5]!));
        const the = /^the\s/i.test(m[0]) || !!before?.[1];
        return { type: 'date', value: `${century}${digit}${the ? '' : 'X'}`, relative: false };
      });
    },
  },
  {
    // "the 20th century", "11th century", "the nineteenth century", "the third century BC" (BC02, see eraPatterns)
    name: 'century',
    re: wordRe(`(?:the\\s+)?(${MOD})?(${ORDINAL_RE})[\\s-]+century(\\s+(?:BC|B\\.C\\.|BCE|B\\.C\\.E\\.)(?![A-Za-z]))?`),
    build(m) {
      const n = ordinalValue(m[2]);
      if (!n || n > (m[3] ? 99 : 21)) return null;
      return whole(m, () => ({ type: 'date', value: `${m[3] ? 'BC' : ''}${String(n - 1).padStart(2, '0')}`, relative: false }));
    },
  },
];
