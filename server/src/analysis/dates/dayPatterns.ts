/** Patterns for single days and times of day: "yesterday", "on Wednesday", "Monday morning", "last Friday", "3 p.m. Tuesday", "Christmas". */
import { annualDayYear } from './annualDayYear';
import { addDays, compareYmd, easterSunday, formatWeek, formatYmd, nthWeekdayOfMonth, parseYmd, weekday, type Ymd } from './calendar';
import { dayMentionedBefore } from './dayMentioned';
import { MONTH_WORD_RE, monthOf, NAMED_WEEKDAY_PREFIX, PART_OF_DAY_RE, partOfDayCode, WEEKDAY_FULL_RE, WEEKDAY_RE, weekdayOf, ZONE_ABBREVIATION_RE } from './lexicon';
import { capitalized, type Pattern, type ResolveContext, whole, wordRe } from './patternTypes';
import { parsePrintedDate } from './parsePrintedDate';
import { openingHour } from './openingHours';
import { qualifiedWeekdayAfterClock } from './qualifiedWeekdayAfterClock';
import { afterDailyClock, occasionAfterDailyClock } from './dailyRound';
import { BEFORE_OR_AFTER_AT_END, everyBefore, FALLS_ON_RE } from './periodCommon';
import { dateForWeekday, yearForMonth } from './resolveRelative';
import type { Tense } from './tense';

const DEICTIC: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
/** A capitalized word that makes the weekday after it the name of an event: "Bloody Sunday", "Super Tuesday". */
const NAMED_WEEKDAY_BEFORE = new RegExp(`(?:^|[^A-Za-z])${NAMED_WEEKDAY_PREFIX}\\s+$`);

/** The date a weekday word points to, given its qualifier ("last", "next", "this", none). */
/** "Tuesday last week", "Friday of next week": that weekday (1 = Monday) in the ISO week before, after or of `ref`. */
function weekdayOfWeek(ref: Ymd, wd: number, which: string): Ymd {
  const shift = { last: -7, next: 7, this: 0 }[which.toLowerCase()] ?? 0;
  return addDays(ref, shift + wd - weekday(ref));
}

function weekdayDate(ctx: ResolveContext, wd: number, qualifier: string | undefined): Ymd {
  const q = (qualifier ?? '').toLowerCase().replace(/\s+/g, ' ');
  // "the previous Friday", "the following Monday" count from the day just mentioned, when there is one, in this
  // paragraph or the ones before.
  const mentioned = ctx.previous ?? ctx.last;
  const last = mentioned && /^\d{4}-\d{2}-\d{2}$/.test(mentioned) ? parseYmd(mentioned) : null;
  if (last && q === 'the previous') return dateForWeekday(addDays(last, -1), wd, 'past');
  if (last && q === 'the following') return dateForWeekday(addDays(last, 1), wd, 'future');
  if (q === 'last' || q === 'this past' || q === 'the previous') {
    const d = dateForWeekday(addDays(ctx.ref, -1), wd, 'past');
    return d;
  }
  if (q === 'next' || q === 'this coming' || q === 'the following' || q === 'coming') return dateForWeekday(addDays(ctx.ref, 1), wd, 'future');
  if (q === 'this') return dateForWeekday(ctx.ref, wd, ctx.tense === 'past' ? 'past' : 'future');
  // Under a photo of Sunday, "results released early Monday" are of the next day, not of six days before.
  const next = addDays(ctx.ref, 1);
  if (ctx.captionRef && ctx.tense === 'past' && !q && weekday(next) === wd) return next;
  return dateForWeekday(ctx.ref, wd, ctx.tense);
}

/**
 * A weekday told as the day a date or holiday named right before falls on: "Christmas falls on a Thursday this year",
 * "National Day was on a Sunday in 2023", "Dec. 26 is on Friday". The name's last word is capitalized or a number; a
 * common noun names no day ("The next round is on Monday" after "opened on Monday, July 7" is a Monday to come). No
 * "i" flag, under which \p{Lu} would match any letter.
 */
const FALLS_ON_BEFORE = new RegExp(`(?<![\\p{L}\\d'’.])[\\p{Lu}\\d][\\p{L}\\d'’.]*(?:\\s+(?:this|last|next)\\s+year)?${FALLS_ON_RE}$`, 'u');

/** The day the block mentioned last, when a weekday falls on it (see FALLS_ON_BEFORE) and it is that weekday. */
/** A weekday set off after a day's number or year, as its apposition: "Dec. 14, a Sunday", "on Jan. 1, 2026, which is a Thursday". */
const APPOSITIVE_WEEKDAY_BEFORE = /\d(?:st|nd|rd|th)?,\s+(?:which\s+(?:is|was|will\s+be)\s+)?an?\s+$/;

function dayFallenOn(ctx: ResolveContext, wd: number): Ymd | null {
  const day = lastDay(ctx);
  return day && weekday(day) === wd ? day : null;
}

/** Events held on a day, which a possessive weekday may name ahead of time: "Sunday's election", "Friday's final". */
const EVENT_AHEAD = /^\s*(?:\p{L}+\s+)?(?:election|elections|vote|referendum|runoff|summit|match|game|final|race|meeting|talks|ceremony|parade|launch|opening|deadline|debate|hearing|primary|primaries)\b/u;

const HOLIDAY_RE =
  "(?:Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year(?:['’]s(?:\\s+Day|\\s+Eve)?)?|Thanksgiving(?:\\s+Day)?|Easter(?:\\s+Sunday|\\s+Monday|\\s+week)?|Election\\s+Day|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Veterans\\s+Day|Halloween|Valentine['’]s\\s+Day|the\\s+Fourth\\s+of\\s+July|Boxing\\s+Day|Good\\s+Friday|Palm\\s+Sunday|Ash\\s+Wednesday|Black\\s+Friday|Cyber\\s+Monday|Singles'?\\s+Day|Double\\s+(?:11|Eleven)|National\\s+Day|May\\s+Day)";

function holidayDate(name: string, y: number): { date: Ymd; week?: boolean } {
  const n = name.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  if (n.startsWith('christmas eve')) return { date: { y, m: 12, d: 24 } };
  if (n.startsWith('christmas')) return { date: { y, m: 12, d: 25 } };
  if (n.startsWith('boxing')) return { date: { y, m: 12, d: 26 } };
  if (n.startsWith("new year's eve")) return { date: { y, m: 12, d: 31 } };
  if (n.startsWith('new year')) return { date: { y, m: 1, d: 1 } };
  if (n.startsWith('thanksgiving')) return { date: nthWeekdayOfMonth(y, 11, 4, 4) };
  if (n.startsWith('black friday')) return { date: addDays(nthWeekdayOfMonth(y, 11, 4, 4), 1) };
  if (n.startsWith('cyber monday')) return { date: addDays(nthWeekdayOfMonth(y, 11, 4, 4), 4) };
  // China's shopping festival, 11 November, also called after its date
  if (n.startsWith('singles') || n.startsWith('double')) return { date: { y, m: 11, d: 11 } };
  if (n.startsWith('national')) return { date: { y, m: 10, d: 1 } }; // China's National Day, 1 October
  if (n.startsWith('may day')) return { date: { y, m: 5, d: 1 } };
  if (n.startsWith('good friday')) return { date: addDays(easterSunday(y), -2) };
  if (n.startsWith('palm sunday')) return { date: addDays(easterSunday(y), -7) };
  if (n.startsWith('ash wednesday')) return { date: addDays(easterSunday(y), -46) };
  if (n.startsWith('easter')) {
    const e = easterSunday(y);
    return { date: n.endsWith('monday') ? addDays(e, 1) : e, week: n.endsWith('week') };
  }
  if (n.startsWith('election')) return { date: addDays(nthWeekdayOfMonth(y, 11, 1, 1), 1) };
  if (n.startsWith('independence') || n.includes('fourth of july')) return { date: { y, m: 7, d: 4 } };
  if (n.startsWith('labor')) return { date: nthWeekdayOfMonth(y, 9, 1, 1) };
  if (n.startsWith('memorial')) return { date: nthWeekdayOfMonth(y, 5, 1, -1) };
  if (n.startsWith('veterans')) return { date: { y, m: 11, d: 11 } };
  if (n.startsWith('halloween')) return { date: { y, m: 10, d: 31 } };
  return { date: { y, m: 2, d: 14 } }; // Valentine's Day
}

/** A day told right after a holiday: "Independence Day on Aug. 15", "National Day, Aug. 9". */
const DAY_TOLD_AFTER = new RegExp(`^,?\\s+(?:on\\s+)?(${MONTH_WORD_RE})\\.?\\s+(\\d{1,2})(?!\\d)`, 'i');

/** Whose holiday a possessive names: "India's Independence Day" → "India"; none → undefined. */
const POSSESSOR = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)['’]s?\s+$/u;
const CHINA = /^(?:China|the\s+PRC|PRC|Chinese|People's\s+Republic\s+of\s+China|the\s+People's\s+Republic)$/;
const UNITED_STATES = /^(?:America|the\s+United\s+States|United\s+States|the\s+US|US|U\.S\.)$/;

/**
 * A holiday whose day depends on the country is dated only for the country it is taken to mean: "National Day" is
 * China's (1 October) and "Independence Day" the United States' (4 July) unless a possessive names another country
 * ("Singapore's National Day", "India's Independence Day"), whose day we do not guess.
 */
function holidayOfKnownCountry(name: string, before: string, after: string): boolean {
  const n = name.toLowerCase();
  if (!n.startsWith('national') && !n.startsWith('independence')) return true;
  // "celebrated Independence Day on Aug. 15": the day told is another than the assumed country's, so another country's.
  const told = DAY_TOLD_AFTER.exec(after);
  if (told && capitalized(told[1])) {
    const usual = n.startsWith('national') ? { m: 10, d: 1 } : { m: 7, d: 4 };
    if (monthOf(told[1]) !== usual.m || +told[2] !== usual.d) return false;
  }
  const owner = POSSESSOR.exec(before)?.[1];
  if (!owner) return true;
  return n.startsWith('national') ? CHINA.test(owner) : UNITED_STATES.test(owner);
}

/**
 * A bare "New Year" is the first of January ("the New Year holiday", "over Christmas and New Year") when "Year" is
 * capitalized ("New year, new rules" opens a sentence) and no capitalized word before names another calendar's
 * ("Persian New Year", "Tibetan New Year"; the lunisolar one is the festival patterns').
 */
function newYearOfJanuary(name: string, before: string): boolean {
  return /^New\s+Year$/.test(name) && !OTHER_CALENDAR_BEFORE.test(before);
}
const OTHER_CALENDAR_BEFORE = /(?:^|[^\p{L}])(?!(?:The|This|Last|Next|Happy|A|Every|Each|Over|During|Before|After|Since|Until|Around|By|For|On|At|In|And|Or|Ahead|Through)\s)\p{Lu}[\p{L}'’-]*\s+$/u;

/** "3 p.m.", "10:35 a.m.", "noon" → "T15:00" … */
function clockValue(h: number, min: number, meridiem: string | undefined): string | null {
  let hour = h;
  const m = (meridiem ?? '').toLowerCase().replace(/[.\s]/g, '');
  if (m.startsWith('p') && hour < 12) hour += 12;
  if (m.startsWith('a') && hour === 12) hour = 0;
  if (hour > 24 || min > 59) return null;
  return `T${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/**
 * The zone after a clock time: "EST", "GMT", "local time", "Beijing time" (but not "the time", "some time"), or an
 * offset or zone in brackets, "(GMT+8)", "(local time)", which labels the time rather than converting it as "(0230 GMT)"
 * does.
 */
const ZONE = `(?:\\s*\\((?:(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}|local\\s+time|[a-z]+\\s+time)\\)|\\s+(?:(?:GMT|UTC)(?:\\s*[+-]\\s*\\d{1,2})?|${ZONE_ABBREVIATION_RE}|local\\s+time|(?!(?:this|that|the|a|an|any|some|each|every|same|next|last|first|one|no|their|its|his|her|our|my|your)\\s|${WEEKDAY_FULL_RE}\\s)[a-z]+(?:\\s+[a-z]+)?\\s+time(?!\\s+(?:to|for)\\b)))?`;
// The full stop after "a.m." belongs to it; after "am" or "pm" it ends the sentence ("at around 8pm.").
const CLOCK = `(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.\\s?m\\b\\.?|p\\.\\s?m\\b\\.?|a\\s?m\\b|p\\s?m\\b|o['’]clock)${ZONE}`;
const CLOCK_ONLY = new RegExp(`^${CLOCK}`, 'i');
// The day may follow a parenthesis giving the time elsewhere: "10:35 a.m. (0235 GMT) Friday".
// The month may be written short without a full stop ("at 9 am on Oct 20").
// A weekday that opens a range of days is not the clock's day: "from 9 a.m. to 5 p.m., Tuesday to Sunday"; but a range
// that ends on a part of a day is one of moments: "from noon Tuesday until Thursday morning".
// The day may be told by reference to the one just mentioned: "landed at 06:10 the next morning", "11 p.m. that day".
// The year after the day: "at 10:38 a.m. on June 2, 2024" (read back by dayAfter).
const YEAR_AFTER_DAY = '(?:,\\s*(?:19|20)\\d\\d(?!\\d))?';
const DAY_AFTER = `(?:(?:\\s*\\([^()]{1,24}\\))?,?\\s+(?:on\\s+)?(?:(${WEEKDAY_RE}|today|tonight|yesterday|tomorrow)(?!\\s*(?:[-–]|to\\b|through\\b|thru\\b|until\\b|till\\b)\\s*${WEEKDAY_RE}(?!\\s+${PART_OF_DAY_RE}))(?:,?\\s+(${MONTH_WORD_RE})\\s+(\\d{1,2})${YEAR_AFTER_DAY})?|(${MONTH_WORD_RE})\\s+(\\d{1,2})(?!\\d)${YEAR_AFTER_DAY}|(the\\s+next|the\\s+following|the\\s+same|the\\s+previous|that)\\s+(?:day|morning|afternoon|evening|night)\\b))?`;

/**
 * The last clock time of a range and the day after it, right after the first (" to 6 p.m. on Sunday"), or a few words
 * of the same clause on (" and spread until 8 p.m. on Monday", " and ended at noon on Tuesday"); groups as the clock
 * pattern's, "noon" and "midnight" leaving the clock's empty.
 */
const CLOCK_RANGE_DAY = new RegExp(`^(?:\\s*(?:to|until|till|and|[-–])|((?:\\s+[a-z'’]+){1,6}?)\\s+(?:to|until|till|at|by))\\s*(?:${CLOCK}|(noon|midday|midnight))${DAY_AFTER}`, 'i');
/**
 * True when the clock time `clock` at `at` ends a range whose first clock time, just before, is a later hour: "a
 * curfew from 10 p.m. to 5 a.m.", "22:00-06:00" aside, "10pm-2am". Told with no day, such an end is on the day after
 * the start's.
 */
function endsOvernight(text: string, at: number, clock: string): boolean {
  const x = RANGE_START_CLOCK_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (!x || (!x[4] && !/\b(?:from|between)\s+$/i.test(x[1]))) return false;
  const start = clockValue(+x[2], x[3] ? +x[3] : 0, x[0].match(/([ap])\.?\s?m/i)![1] + 'm');
  return !!start && start > clock;
}
/** The first clock time of a range before its end: "from 10 p.m. to ", "between 9 p.m. Friday and ", "10pm-". */
const RANGE_START_CLOCK_BEFORE = /(\b(?:from|between)\s+|^|[^\d:.])(\d{1,2})(?:[:.](\d{2}))?\s*[ap]\.?\s?m\b\.?(?:,?\s+\p{Lu}\p{L}*\.?(?:\s+\d{1,2})?)?\s*(?:to|until|till|and|([-–]))\s*$/u;

/** The time part of a named hour: "noon"/"midday" T12:00, "midnight" T24:00, "mid-afternoon" TAF, "mid-morning" TMO. */
function namedHourClock(word: string): string {
  const w = word.toLowerCase().replace(/[-\s]/, '');
  return w === 'noon' || w === 'midday' ? 'T12:00' : w === 'midnight' ? 'T24:00' : w === 'midafternoon' ? 'TAF' : 'TMO';
}

/** Index of the first DAY_AFTER group in a CLOCK_RANGE_DAY match. */
const CLOSING_DAY_GROUP = 6;

/**
 * The CLOCK_RANGE_DAY match after a clock time `clock` ("T15:00") with no day of its own, when its later clock time
 * names the day both are on; else null. Past other words of the clause ("started at 3 p.m. and spread until 8 p.m. on
 * Monday") only a later hour of a day named outright counts: "arrived at 3 p.m. and left at 8 a.m. on Tuesday" may
 * well span a night, and "… at 9 a.m. the next day" is another day.
 */
function closingDay(after: string, clock: string): RegExpExecArray | null {
  const c = CLOCK_RANGE_DAY.exec(after);
  const g = CLOSING_DAY_GROUP;
  if (!c || !(c[g] || c[g + 1] || c[g + 3] || c[g + 5])) return null;
  if (c[1] === undefined) return c;
  if (!/^[\sa-z'’]+$/.test(c[1]) || c[g + 5]) return null;
  const later = c[5] ? namedHourClock(c[5]) : clockValue(+c[2], c[3] ? +c[3] : 0, c[4].startsWith('o') ? undefined : c[4]);
  return later && later > clock ? c : null;
}

/**
 * The day a DAY_AFTER match names, its six groups starting at index `g` (weekday or "today"…, then month and day, or
 * month and day alone, or a day told from the one mentioned before), else `fallback`. Null when it is told from a day
 * mentioned before and none was.
 */
function dayAfter(ctx: ResolveContext, m: RegExpExecArray, g: number, fallback: Ymd, rangeEnd = false): Ymd | null {
  if (m[g + 5]) {
    // "the next morning" after "left Beijing on Nov. 3": the day after that one, as for "the next morning" alone.
    const mentioned = dayMentionedBefore(ctx);
    if (!mentioned) return null;
    const det = m[g + 5].toLowerCase();
    return addDays(mentioned, /next|following/.test(det) ? 1 : /previous/.test(det) ? -1 : 0);
  }
  const month = m[g + 1] ?? m[g + 3], day = m[g + 2] ?? m[g + 4];
  if (month && day) {
    const told = YEAR_IN_MATCH.exec(m[0]);
    return { y: told ? +told[1] : yearForMonth(ctx.ref, monthOf(month), +day, ctx.tense, ctx.pastGoverned, ctx.willGoverned), m: monthOf(month), d: +day };
  }
  if (!m[g]) return fallback;
  const w = m[g].toLowerCase();
  if (w in DEICTIC) return addDays(ctx.ref, DEICTIC[w]);
  const d = dateForWeekday(ctx.ref, weekdayOf(w), scheduleTense(ctx.tense, m.input, m.index));
  return rangeEnd ? notBeforeStart(ctx, d, weekdayOf(w)) : d;
}

/**
 * The tense for a weekday at `at` in a present clause: after "after the <event> on" it is past ("He is in critical
 * condition after the crash on Saturday"); a copula and a place right before it tell where someone is to be, a
 * schedule, which lies ahead ("The premier is in Berlin on Sunday and in Paris on Monday", "Both leaders are in Lima
 * on Saturday"). Not a copula farther off: "The death toll is 12 after the quake on Monday", "is in custody after his
 * arrest on Monday" tell of an event past.
 */
function scheduleTense(tense: Tense, text: string, at: number): Tense {
  if (tense !== 'present') return tense;
  const before = text.slice(Math.max(0, at - 48), at);
  // The event a present state follows is over.
  if (AFTER_EVENT_BEFORE.test(before)) return 'past';
  return COPULA_PLACE_BEFORE.test(before) ? 'future' : tense;
}
const AFTER_EVENT_BEFORE = /\bafter\s+(?:the|a|an|its|their|his|her)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:on\s+)?$/u;
const COPULA_PLACE_BEFORE = /\b(?:is|are|and)\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},?\s+(?:(?:on|this|next)\s+)?$/u;

/** The year a DAY_AFTER match printed after its month and day (see YEAR_AFTER_DAY). */
const YEAR_IN_MATCH = new RegExp(`${MONTH_WORD_RE}\\.?\\s+\\d{1,2},\\s*((?:19|20)\\d\\d)(?!\\d)`, 'i');

/** The date part of a time's value: the day, or an unknown day. */
const dayValue = (d: Ymd | null): string => (d ? formatYmd(d) : 'XXXX-XX-XX');

/** A range's end `d` (a weekday `wd`) that fell before the range's start: the first such weekday after the start. */
function notBeforeStart(ctx: ResolveContext, d: Ymd, wd: number): Ymd {
  const start = lastDay(ctx);
  return start && compareYmd(d, start) < 0 ? dateForWeekday(addDays(start, 1), wd, 'future') : d;
}

/**
 * Opening hours and timetables: a range of weekdays after a state that holds week after week ("The museum is open
 * Tuesday to Sunday", "The shuttle operates Monday through Friday"), or a service offered so ("Applications are accepted
 * Monday through Friday", "The hotline is staffed Monday to Saturday"). In the present tense the days recur (sets).
 * So are practices told in the plural present passive ("Prayers are held Friday to Sunday", "Classes are given Monday
 * to Thursday"); a single event previewed so takes the singular ("The forum is held Friday to Sunday" stays days).
 * "runs" and "is closed" are left out: "the festival runs Friday to Sunday" is one weekend, and "offices are closed
 * Saturday to Monday for the holiday" one closure (weekly closing days are told in the plural, "closed on Mondays").
 */
const HABITUAL_BEFORE = /\b(?:(?:is|are|remains?|stays?)\s+(?:(?:usually|normally|generally|only)\s+)?(?:open|available|staffed|accepted|processed|received|served|answered|sold|offered)|are\s+(?:(?:usually|normally|generally|regularly|only|also)\s+)?(?:held|given|taught|conducted|performed|said|broadcast|screened|played)|operates|operate)\b/i;
const WEEKDAY_RANGE_AFTER = new RegExp(`^\\s*(?:[-–]|to\\b|through\\b|thru\\b|until\\b|till\\b)\\s*${WEEKDAY_FULL_RE}\\b`, 'i');
const WEEKDAY_RANGE_BEFORE = new RegExp(`\\b${WEEKDAY_FULL_RE}\\s*(?:[-–]|to|through|thru|until|till)\\s*$`, 'i');

// "every day except", "daily but": a daily round with a weekday left out next.
const EXCEPT_FROM_DAILY = /\b(?:every\s+day|each\s+day|daily|seven\s+days\s+a\s+week)\b[^.;!?]{0,24}?\b(?:except|but|other\s+than|apart\s+from|save)\s+(?:(?:on|for)\s+)?$/i;

// The window after the first day holds " through Wednesday" (18 characters) whole.
function habitualWeekdayRange(text: string, start: number, end: number): boolean {
  const inRange = WEEKDAY_RANGE_AFTER.test(text.slice(end, end + 24)) || WEEKDAY_RANGE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
  if (!inRange) return false;
  return HABITUAL_BEFORE.test(lastSentence(text.slice(Math.max(0, start - 80), start)));
}

/**
 * A clock time of a sentence about what recurs, with no day of its own: opening hours ("The museum is open from 9 a.m.
 * to 5 p.m.", "The line operates until 11 p.m.") or a time told with "daily", "every day", "every Saturday", "on
 * weekdays" ("Shows start at 10 a.m. and 2 p.m. every Saturday"). It is the time of each such day, a set
 * (XXXX-XX-XXT10:00), not today's; so is a place's hour in the habitual present ("Markets open at 9:30 a.m.", see
 * `openingHour`). Not where the sentence names one day ("open today until 8 p.m.").
 */
function recurringClock(text: string, at: number): boolean {
  const clause = lastSentence(text.slice(Math.max(0, at - 120), at));
  // The rest of the sentence, past this clock time's own "a.m." ("at 10 a.m. and 2 p.m. every Saturday").
  const sentence = clause + toSentenceEnd(text.slice(at, at + 160).replace(/^\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?/i, ''));
  if (ONE_DAY.test(sentence) || occasionAfterDailyClock(text, at)) return false;
  return HABITUAL_BEFORE.test(clause) || EVERY_DAY.test(sentence) || openingHour(clause, sentence) || afterDailyClock(text, at, recurringClock);
}
/**
 * A weekday with a clock time in a timetable: the sentence, or the one before, tells a weekly service ("The flight
 * departs Beijing every Friday. It lands at 6 a.m. Saturday in Budapest."), or the clause gives opening hours ("is
 * open … 10 a.m. to 2 p.m. Saturday"), and the sentence has no word of one occasion (a past verb, "will", "next",
 * "this") — the habitual present. The day recurs with the service.
 */
function timetableDay(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 240), at);
  const starts = sentenceStarts(before);
  const own = before.slice(starts.at(-1) ?? 0);
  const previous = before.slice(starts.at(-2) ?? 0);
  const tail = toSentenceEnd(text.slice(at, at + 120));
  return (WEEKLY.test(previous + tail) || HABITUAL_BEFORE.test(own)) && !ONE_OCCASION.test(own + tail);
}
/** The weekday (1–7) of a DAY_AFTER match at group `g` when it is a timetable's (see `timetableDay`), else 0. */
function timetableWeekday(text: string, m: RegExpExecArray, g: number): number {
  const w = m[g];
  if (!w || m[g + 1] || w.toLowerCase() in DEICTIC) return 0;
  return timetableDay(text, m.index) ? weekdayOf(w) : 0;
}
const WEEKLY = new RegExp(`\\b(?:weekly|every\\s+week|(?:every|each)\\s+${WEEKDAY_FULL_RE}|on\\s+${WEEKDAY_FULL_RE}s)\\b`, 'i');
const ONE_OCCASION = /\b(?:will|'ll|would|next|this|last|was|were|had|did|tomorrow|yesterday|today|\p{Ll}{2,}ed)\b/iu;
// The full stop of "a.m."/"p.m." before a weekday ends no sentence: "open from 9 a.m. to 5 p.m. Tuesday to Sunday".
const SENTENCE_END = /[;!?]|(?<!\b[ap]\.m)\.\s+(?=\p{Lu})|(?<=\b[ap]\.m)\.\s+(?=\p{Lu})(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/gu;
/** Where the sentences (or clauses after ";") of `before` that follow a sentence end begin, in order. */
const sentenceStarts = (before: string): number[] => [...before.matchAll(SENTENCE_END)].map((x) => x.index + x[0].length);
/** The last sentence of `before`, from its start (or the start of `before`). */
const lastSentence = (before: string): string => before.slice(sentenceStarts(before).at(-1) ?? 0);
/** `after` up to the end of its sentence. */
function toSentenceEnd(after: string): string {
  const end = after.search(SENTENCE_END);
  return end >= 0 ? after.slice(0, end) : after;
}
// "six days a week", "seven days a week": the hours of each of those days.
const EVERY_DAY = new RegExp(`\\b(?:daily|every\\s+(?:day|morning|evening|night|weekday|weekend|${WEEKDAY_FULL_RE})|each\\s+day|on\\s+weekdays|${WEEKDAY_FULL_RE}s|(?:two|three|four|five|six|seven|[2-7])\\s+days\\s+(?:a|per|each|every)\\s+week)\\b`, 'i');
// A day that closes the period of the hours ("daily through Oct. 8") is no one day.
const ONE_DAY = /\b(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|week)|(?<!\b(?:through|until|till|to)\s)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)/i;

/**
 * True when the match at `at` ends a range opened just before: "from 8 a.m. on Sunday to 8 a.m. on Monday", "from
 * Friday to Sunday". A weekday that would fall before the range's start is then the first one after it.
 */
function endsRange(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  // "late Sunday into Monday" is a range by itself.
  if (/\b(?:late|early)\s+\S+\s+into\s+$/i.test(before)) return true;
  // "closed Monday to Wednesday": a weekday after another and "to" ends their range.
  if (WEEKDAY_RANGE_BEFORE.test(before)) return true;
  // "opens on Tuesday, Dec. 2, and runs through Thursday": a verb of lasting ends what began on the day told before.
  if (LASTS_UNTIL_BEFORE.test(before)) return true;
  return /\b(?:to|until|till|through)\s+(?:on\s+)?$/i.test(before) && /\b(?:from|between)\s/i.test(before);
}
const LASTS_UNTIL_BEFORE = /\b(?:runs?|running|lasts?|lasting|continues?|continuing|stretch(?:es|ing)?|extends?|extending)\s+(?:(?:on|over)\s+)?(?:to|until|till|through|into)\s+(?:on\s+)?$/i;

/** The last full day the block mentioned, past any year or month named since. */
const lastDay = (ctx: ResolveContext): Ymd | null => (ctx.lastDay ? parseYmd(ctx.lastDay) : null);

/** Weekday and month names, which may stand before "Today" without naming a paper: "Sunday Today". */
const CALENDAR_WORD = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Nouns (with at most one word before them) that make "today's" mean "of our time": "today's world", "today's young people". */
const GENERIC_AFTER_TODAYS = /^\s+(?:[a-z-]+\s+)?(?:world|youth|society|societies|generations?|young|kids|children|teenagers|students|consumers|technology|technologies|standards|terms|era|age|culture|families|parents|workers|workplace|economy|computers|people|women|men)\b/i;

/** A full printed date after a clock time: "14:32, 22-Nov-2017", "18:00, Nov. 22, 2017", "09:30 2017-11-22". */
const PRINTED_DATE = `\\d{1,2}-${MONTH_WORD_RE}-\\d{4}|${MONTH_WORD_RE}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_WORD_RE}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}`;

export const dayPatterns: Pattern[] = [
  {
    // "yesterday", "late yesterday", "tomorrow morning", "tonight"
    name: 'deictic-day',
    re: wordRe(`(?:(early|late|earlier|later)\\s+)?(today|tonight|yesterday|tomorrow)(?:'s)?(?:\\s+(${PART_OF_DAY_RE}))?`),
    priority: 2,
    build(m, text) {
      const word = m[2].toLowerCase();
      // "today's world", "today's young people": the present age, not a day; "today's editions" is the day.
      if (/'s$/i.test(m[0]) && word === 'today' && GENERIC_AFTER_TODAYS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
      // "USA Today", "VOA Today": a capitalized "Today" after a name is part of the name.
      const before = /(?:^|[\s(])(\p{Lu}\p{L}*)[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
      if (m[2] === 'Today' && !m[1] && before && !CALENDAR_WORD.test(before[1])) return null;
      if (/\bof\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && word === 'tomorrow') return null;
      return whole(m, (ctx) => {
        const d = formatYmd(addDays(ctx.ref, DEICTIC[word]));
        if (m[3]) return { type: 'time', value: d + partOfDayCode(m[3]), relative: true };
        return { type: 'date', value: d, relative: true };
      });
    },
  },
  {
    // "the day after tomorrow", "the day before yesterday"
    name: 'day-after-tomorrow',
    re: wordRe('the\\s+day\\s+(after\\s+tomorrow|before\\s+yesterday)'),
    priority: 3,
    build(m) {
      const days = /^after/i.test(m[1]) ? 2 : -2;
      return whole(m, (ctx) => ({ type: 'date', value: formatYmd(addDays(ctx.ref, days)), relative: true }));
    },
  },
  {
    // "this morning", "last night", "this evening"
    name: 'this-part-of-day',
    re: wordRe(`(?:(?:early|late|later|earlier)\\s+)?(this|last)\\s+(${PART_OF_DAY_RE})`),
    build(m) {
      const last = m[1].toLowerCase() === 'last';
      const part = m[2].toLowerCase();
      if (last && part !== 'night' && part !== 'evening') return null;
      return whole(m, (ctx) => ({
        type: 'time', value: formatYmd(addDays(ctx.ref, last ? -1 : 0)) + partOfDayCode(part), relative: true,
      }));
    },
  },
  {
    // "that night", "the next morning", "later that evening", "the same afternoon": a part of the day just mentioned.
    name: 'anaphoric-part-of-day',
    re: wordRe('(?:(?:early|late|later|earlier)\\s+)?(that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+prior)\\s+(morning|afternoon|evening|night)'),
    build(m) {
      const det = m[1].toLowerCase();
      const offset = /following|next/.test(det) ? 1 : /previous|prior/.test(det) ? -1 : 0;
      return whole(m, (ctx) => {
        // With no day mentioned there is no day to give, as for "the following day".
        const day = dayMentionedBefore(ctx);
        if (!day) return null;
        return { type: 'time', value: formatYmd(addDays(day, offset)) + partOfDayCode(m[2]), relative: true };
      });
    },
  },
  {
    // "heard an explosion the night before.", "The evening before, …", "returned the morning after": the part of the
    // day before or after the day just told. Before a noun ("the night before the vote") it counts from an event with
    // no date, and there is no value to give; so with no day told.
    name: 'part-of-day-before-after',
    re: wordRe('the\\s+(morning|afternoon|evening|night)'),
    build(m, text) {
      const relation = BEFORE_OR_AFTER_AT_END.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (!relation) return null;
      const offset = /before/i.test(relation[1]) ? -1 : 1;
      return { start: m.index, end: m.index + m[0].length + relation[0].length, resolve: (ctx) => {
        const day = dayMentionedBefore(ctx);
        return day ? { type: 'time', value: formatYmd(addDays(day, offset)) + partOfDayCode(m[1]), relative: true } : null;
      } };
    },
  },
  {
    // "Wednesday", "last Friday", "early Tuesday", "Monday morning", "this coming Sunday", "Friday's"
    name: 'weekday',
    re: wordRe(`(?:(early|late|earlier|later)\\s+)?(?:(last|next|this\\s+past|this\\s+coming|this|coming|the\\s+previous|the\\s+following)\\s+)?(${WEEKDAY_FULL_RE})(?:'s)?(?:,?\\s+(${PART_OF_DAY_RE}))?(?:,?\\s+(?:of\\s+)?(last|next|this)\\s+week(?!\\s*['’]s))?`),
    build(m, text) {
      if (!capitalized(m[3])) return null;
      // "Bloody Sunday", "Super Tuesday", "Black Monday": names of events, not a day of this week.
      if (!m[1] && !m[2] && NAMED_WEEKDAY_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const wd = weekdayOf(m[3]);
      // "Wednesday's ruling": a possessive weekday names something that already happened.
      const possessive = /'s\b/i.test(m[0]);
      const night = m[4] && /^night$/i.test(m[4]);
      const rangeEnd = !m[2] && endsRange(text, m.index);
      const habitual = !m[1] && !m[2] && !m[4] && !m[5] && !possessive && habitualWeekdayRange(text, m.index, m.index + m[0].length);
      // "open every day except Monday": the weekday left out of a daily round is every such weekday, not one day.
      // Not a clause of one occasion after "but": "open daily, but on Friday it closed at 2 p.m." is that Friday.
      const excepted = !m[1] && !m[2] && !m[4] && !m[5] && !possessive && EXCEPT_FROM_DAILY.test(text.slice(Math.max(0, m.index - 60), m.index))
        && !ONE_OCCASION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/[,;.!?]/)[0]);
      if (excepted) return whole(m, () => ({ type: 'set', value: `XXXX-WXX-${wd}`, relative: false }));
      // "Christmas falls on a Thursday", "The vote is set for Dec. 14, a Sunday": the weekday of the day just told.
      const fallsOn = !m[1] && !m[2] && !m[4] && !m[5] && !possessive &&
        (FALLS_ON_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || APPOSITIVE_WEEKDAY_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)));
      return whole(m, (ctx) => {
        // "Christmas falls on a Thursday": the weekday of that day, when it is one.
        const fallen = fallsOn ? dayFallenOn(ctx, wd) : null;
        if (fallen) return { type: 'date', value: formatYmd(fallen), relative: true };
        if (habitual && ctx.tense !== 'past') return { type: 'set', value: `XXXX-WXX-${wd}`, relative: false };
        // … unless it names an event still to be held and nothing in the clause is past: "preparing for Sunday's
        // election", "Monday's vote is expected to be close" (but "to appeal Wednesday's verdict" is past).
        const ahead = possessive && EVENT_AHEAD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) && (ctx.tense === 'future' || ctx.tense === 'present' || ctx.tense === 'scheduled');
        // "Investors will watch Friday's jobs report": what "will" governs lies ahead, a possessive's event too.
        const tense = ahead || (possessive && ctx.willGoverned) ? 'future' : possessive && !m[2] ? 'past' : scheduleTense(ctx.tense, text, m.index);
        const day = m[5] ? weekdayOfWeek(ctx.ref, wd, m[5]) : weekdayDate({ ...ctx, tense }, wd, m[2]);
        const d = formatYmd(rangeEnd ? notBeforeStart(ctx, day, wd) : day);
        // "Friday night" is annotated as the day itself in news corpora; mornings and evenings keep their part of day.
        if (m[4] && !night) return { type: 'time', value: d + partOfDayCode(m[4]), relative: true };
        return { type: 'date', value: d, relative: true };
      });
    },
  },
  {
    name: 'weekday-plural',
    re: wordRe('(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s'),
    build(m) {
      if (!capitalized(m[1])) return null;
      const wd = weekdayOf(m[1]);
      return whole(m, () => ({ type: 'set', value: `XXXX-WXX-${wd}`, relative: false }));
    },
  },
  {
    // "3 p.m. Tuesday", "10:35 a.m.", "4 a.m. EDT Thursday", "around 7:15 p.m."
    name: 'clock',
    // The zone may follow the day: "by 8 p.m. Monday local time".
    re: wordRe(`${CLOCK}${DAY_AFTER}(\\s+([a-z]+)\\s+time(?!\\s+(?:to|for)\\b))?`),
    priority: 3,
    build(m, text) {
      const clock = clockValue(+m[1], m[2] ? +m[2] : 0, m[3].startsWith('o') ? undefined : m[3]);
      if (!clock) return null;
      const rangeEnd = endsRange(text, m.index);
      const daily = !m[4] && !m[7] && !m[9] && recurringClock(text, m.index);
      if (daily) return { start: m.index, end: m.index + CLOCK_ONLY.exec(m[0])![0].length, resolve: () => ({ type: 'set', value: `XXXX-XX-XX${clock}`, relative: false }) };
      // "It lands at 6 a.m. Saturday" after "departs every Friday": the service's weekly time.
      const weekly = m[10] ? 0 : timetableWeekday(text, m, 4);
      if (weekly) return whole(m, () => ({ type: 'set', value: `XXXX-WXX-${weekly}${clock}`, relative: false }));
      // Past a parenthesis the day still dates the clock time, but is a mention of its own: "10:35 a.m. (0235 GMT) Friday".
      // Only "local" or a place's name makes the words after the day a zone ("Monday local time", not "Monday this time").
      const zoneAfterDay = m[10] && (m[4] || m[7]) && (/^local$/i.test(m[11]) || capitalized(m[11])) ? m[10].length : 0;
      const full = m[0].length - (m[10]?.length ?? 0) + zoneAfterDay;
      const clockLength = CLOCK_ONLY.exec(m[0])![0].length;
      const end = m[0].slice(clockLength).includes('(') ? m.index + clockLength : m.index + full;
      // "from 2 p.m. to 6 p.m. on Sunday", "between 9 p.m. and 11 p.m. Friday": the day told after a range's last clock
      // time is its first's too.
      const closing = m[4] || m[5] || m[7] || m[9] ? null : closingDay(text.slice(m.index + m[0].length, m.index + m[0].length + 80), clock);
      const [dayOf, g] = closing ? [closing, CLOSING_DAY_GROUP] : [m, 4];
      const overnight = !closing && !(m[4] || m[5] || m[7] || m[9]) && endsOvernight(text, m.index, clock);
      const qualified = closing || m[4] || m[5] || m[7] || m[9] ? null : qualifiedWeekdayAfterClock(text.slice(end, end + 40));
      return {
        start: m.index, end,
        resolve: (ctx) => {
          if (qualified) return { type: 'time', value: formatYmd(weekdayDate(ctx, qualified.wd, qualified.qualifier)) + clock, relative: true };
          return { type: 'time', value: dayValue(dayAfter(ctx, dayOf, g, addDays(lastDay(ctx) ?? ctx.ref, overnight ? 1 : 0), rangeEnd)) + clock, relative: true };
        },
      };
    },
  },
  {
    // The end of a range of clock times glued by a dash, which the clock pattern's left boundary refuses: "4pm" in
    // "open 10am-4pm", "5 p.m." in "9 a.m.-5 p.m.". The same day as the start.
    name: 'clock-range-end',
    re: new RegExp(`(?<=\\d\\s*(?:a\\.\\s?m\\.?|p\\.\\s?m\\.?|a\\s?m|p\\s?m)\\s*[-–]\\s*)${CLOCK}(?![A-Za-z0-9])`, 'gi'),
    priority: 3,
    build(m, text) {
      const clock = clockValue(+m[1], m[2] ? +m[2] : 0, m[3].startsWith('o') ? undefined : m[3]);
      if (!clock) return null;
      if (recurringClock(text, m.index)) return whole(m, () => ({ type: 'set', value: `XXXX-XX-XX${clock}`, relative: false }));
      const overnight = endsOvernight(text, m.index, clock);
      return whole(m, (ctx) => ({ type: 'time', value: formatYmd(addDays(lastDay(ctx) ?? ctx.ref, overnight ? 1 : 0)) + clock, relative: true }));
    },
  },
  {
    // "at 14:32", "Updated 14:32, 22-Nov-2017", "18:00 GMT", "2017-11-22 14:32": a 24-hour clock, taken only after a
    // preposition or a publishing verb, before a zone, or after a printed date, so that scores and ratios are not times.
    name: 'clock-24',
    re: wordRe(`([01]?\\d|2[0-4]):([0-5]\\d)(?![\\d:]|\\s*[ap]\\.?\\s?m\\b)(\\s*${ZONE_ABBREVIATION_RE}(?:\\s*[+-]\\s*\\d{1,2})?|\\s+(?:local|[A-Z][a-z]+)\\s+time)?(?:,?\\s+(?:on\\s+)?(${PRINTED_DATE})(?!\\d)|${DAY_AFTER})`),
    priority: 3,
    build(m, text) {
      const h = +m[1], min = +m[2];
      if (h === 24 && min > 0) return null;
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      const told = /\b(?:at|by|until|till|since|from|around|about|before|after|to|updated|published|posted|released|filed|edited)\s+$/i.test(before)
        || /\d{4}(?:-\d{2}-\d{2})?,?\s+$/.test(before) || /^\s*[A-Z]{2,4}\b/.test(m[3] ?? '') || /time$/.test(m[3] ?? '')
        // "23:59 on December 31", "at 18:00 on Friday": a day told after "on"
        || /^,?\s+on\s+\S/.test(m[0].slice(m[1].length + 1 + m[2].length + (m[3] ?? '').length));
      if (!told) return null;
      const printed = m[4] ? parsePrintedDate(m[4]) : null;
      if (m[4] && !printed) return null;
      const clock = `T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
      const rangeEnd = endsRange(text, m.index);
      return whole(m, (ctx) => {
        if (printed) return { type: 'time', value: printed + clock, relative: false, anchor: true };
        return { type: 'time', value: dayValue(dayAfter(ctx, m, 5, lastDay(ctx) ?? ctx.ref, rangeEnd)) + clock, relative: true, anchor: true };
      });
    },
  },
  {
    // "1815 GMT Tuesday", "(0235 GMT)": agencies' four-digit clock before a zone, never a year.
    name: 'clock-military',
    // "from 0800 Beijing time": a place's name or "local" before "time" is a zone as well.
    re: wordRe(`([01]\\d|2[0-3])([0-5]\\d)\\s*(?:GMT|UTC|BJT|Z|(local|[a-z]+)\\s+time)\\b${DAY_AFTER}`),
    priority: 3,
    build(m, text) {
      if (m[3] && !/^local$/i.test(m[3]) && !capitalized(m[3])) return null;
      // "9:10 a.m. (0110 GMT) on Sunday": the same moment converted, in brackets after the local time, is no new time.
      if (/(?:\d|[ap]\.?m\.?|time)\s*\(\s*$/i.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
      const clock = `T${m[1]}:${m[2]}`;
      const rangeEnd = endsRange(text, m.index);
      return whole(m, (ctx) => ({ type: 'time', value: dayValue(dayAfter(ctx, m, 4, lastDay(ctx) ?? ctx.ref, rangeEnd)) + clock, relative: true, anchor: true }));
    },
  },
  {
    // "at 4 in the morning", "until 11 at night Friday", "at 3 o'clock in the afternoon": a clock time told by the part
    // of the day. The preposition is required, so that "fell 5 in the afternoon" (points) is not a time.
    name: 'clock-part-of-day',
    re: wordRe(`(?<=\\b(?:at|by|until|till|before|after|around|about|since|from|to)\\s+)(\\d{1,2})(?::(\\d{2}))?(?:\\s+o['’]clock)?\\s+(in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)${DAY_AFTER}`),
    priority: 3,
    build(m, text) {
      const h = +m[1], part = m[3].toLowerCase();
      const pm = /afternoon|evening/.test(part) || (part.endsWith('night') && h >= 6 && h < 12);
      const clock = h >= 1 && h <= 12 ? clockValue(h, m[2] ? +m[2] : 0, pm ? 'pm' : 'am') : null;
      if (!clock) return null;
      const rangeEnd = endsRange(text, m.index);
      return whole(m, (ctx) => ({ type: 'time', value: dayValue(dayAfter(ctx, m, 4, lastDay(ctx) ?? ctx.ref, rangeEnd)) + clock, relative: true }));
    },
  },
  {
    // "noon Thursday", "midnight Friday", "noon", "midnight local time on Sunday"
    name: 'noon',
    re: wordRe(`(noon|midnight|midday|mid[-\\s]?afternoon|mid[-\\s]?morning)${ZONE}${DAY_AFTER}`),
    build(m, text) {
      if (/high\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) return null;
      const clock = namedHourClock(m[1]);
      const weekly = timetableWeekday(text, m, 2);
      if (weekly) return whole(m, () => ({ type: 'set', value: `XXXX-WXX-${weekly}${clock}`, relative: false }));
      // "The night market closes at midnight": a place's hour, every day's, as a clock time's (see recurringClock).
      if (!m[2] && !m[5] && !m[7] && recurringClock(text, m.index)) return whole(m, () => ({ type: 'set', value: `XXXX-XX-XX${clock}`, relative: false }));
      // "from 8 p.m. Saturday to noon Monday": a range's end falls after its start, as for a clock time's.
      const rangeEnd = endsRange(text, m.index);
      // With no day of its own it is on the last day told, as a clock time is ("opened on Monday morning and recovered by midday").
      return whole(m, (ctx) => ({ type: 'time', value: dayValue(dayAfter(ctx, m, 2, lastDay(ctx) ?? ctx.ref, rangeEnd)) + clock, relative: true }));
    },
  },
  {
    name: 'holiday',
    re: wordRe(`(?:(last|next|this)\\s+)?(${HOLIDAY_RE})(?:,?\\s+(1[89]\\d\\d|20\\d\\d))?`),
    build(m, text) {
      if (!capitalized(m[2].replace(/^the\s+/i, ''))) return null;
      if (!holidayOfKnownCountry(m[2], text.slice(Math.max(0, m.index - 40), m.index), text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
      if (/^new\s+year$/i.test(m[2]) && !newYearOfJanuary(m[2], text.slice(Math.max(0, m.index - 30), m.index))) return null;
      // "every Christmas": the day of each year (XXXX-12-25); a holiday that moves ("every Easter") recurs yearly.
      const every = !m[1] && !m[3] ? everyBefore(text, m.index) : 0;
      if (every) {
        const a = holidayDate(m[2], 2001), b = holidayDate(m[2], 2002);
        const fixed = !a.week && a.date.m === b.date.m && a.date.d === b.date.d;
        const value = fixed ? `XXXX-${String(a.date.m).padStart(2, '0')}-${String(a.date.d).padStart(2, '0')}` : 'P1Y';
        return { start: m.index - every, end: m.index + m[0].length, resolve: () => ({ type: 'set', value, relative: false }) };
      }
      // "Christmas last year", "National Day parades on Oct. 1, 2009". A holiday week ("Easter week") has begun once
      // its first day (Palm Sunday) is past.
      const week = holidayDate(m[2], 2001).week;
      const yearOf = annualDayYear(text, m.index, m.index + m[0].length, m[3], m[1], (y) => holidayDate(m[2], y).date, (d) => (week ? addDays(d, -7) : d));
      return whole(m, (ctx) => {
        const h = holidayDate(m[2], yearOf(ctx));
        if (h.week) return { type: 'date', value: formatWeek(h.date), relative: !m[3] };
        return { type: 'date', value: formatYmd(h.date), relative: !m[3], anchor: true };
      });
    },
  },
];
