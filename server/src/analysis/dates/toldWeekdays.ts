/**
 * A weekday the article has pinned to one day keeps that day when told again bare, in the same paragraph or a later
 * one: "The rocket will lift off next Tuesday. … ¶ Tuesday's launch was delayed once before" is next Tuesday, not the
 * Tuesday just past that the second sentence's past tense alone would give. A weekday is pinned by "next", "last",
 * "this" ("next Tuesday"), by its date ("Tuesday, March 17") or by a verb that governs it ("will lift off on Tuesday",
 * "said on Tuesday"); the latest day told of a weekday wins, as the story moves on ("talks broke down last Monday …
 * will meet again on Monday … Monday's session" is the coming Monday).
 */
import { compareYmd, formatYmd, parseYmd, weekday, type Ymd } from './calendar';
import { weekdayOf } from './lexicon';
import { dateForWeekday } from './resolveRelative';
import type { Tense } from './tense';

/** The weekdays pinned so far, as "2=2026-03-17" items (weekday number, day) joined by commas: no spaces, since it
 * travels in the block anchor (see `BlockDates`). Empty when none is. */
export type ToldWeekdays = string;

const WEEKDAY = '((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)';
/** "next Tuesday", "this past Friday morning", "last Sunday's". */
const QUALIFIED = new RegExp(`^(?:next|last|this|coming|this\\s+coming|this\\s+past)\\s+${WEEKDAY}\\b`, 'i');
/** "Tuesday, March 17", "Tuesday 17 March", "Tuesday, the 17th". */
const WITH_DATE = new RegExp(`^${WEEKDAY},?\\s+(?:the\\s+)?(?:[A-Za-z]+\\.?\\s+)?\\d`, 'i');
/** A weekday alone, but for an edge or a part of the day: "Tuesday", "early Tuesday", "Tuesday night". */
const BARE = new RegExp(`^(?:(?:early|late)\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?$`, 'i');
const DAY_PREFIX = /^\d{4}-\d{2}-\d{2}/;

function dayOf(value: string): Ymd | null {
  return DAY_PREFIX.test(value) ? parseYmd(value.slice(0, 10)) : null;
}

/**
 * `told` with the weekday of a mention (`text`, its extent without a possessive ending, and its value) pinned to its
 * day, when the mention pins one: a qualified weekday, a weekday with its date, or a bare one a verb governs
 * (`governed`). Else `told` unchanged.
 */
export function pinWeekday(told: ToldWeekdays, text: string, value: string, governed: boolean): ToldWeekdays {
  const m = QUALIFIED.exec(text) ?? WITH_DATE.exec(text) ?? (governed ? BARE.exec(text) : null);
  const day = m && dayOf(value);
  if (!m || !day || weekday(day) !== weekdayOf(m[1])) return told;
  const wd = weekdayOf(m[1]);
  const rest = told ? told.split(',').filter((item) => !item.startsWith(`${wd}=`)) : [];
  return [...rest, `${wd}=${formatYmd(day)}`].join(',');
}

/** How a bare weekday is told: whether it names an event ("Tuesday's launch", "The launch on Tuesday was …"), the
 * tense of its clause, and whether a past verb or "will" governs it. */
export interface WeekdayUse { namesEvent: boolean; tense: Tense; pastGoverned: boolean; willGoverned: boolean }

/**
 * The value a bare weekday (`text`, `value` as the tense gave it against `ref`) takes from the day its weekday was
 * pinned to (see `pinWeekday`), or null to keep its own. Only a value the tense gave against the reference date (the
 * weekday's latest or next day) yields, not one counted from a day or year told in its sentence; and a tense or a verb
 * that points the other way keeps its own direction ("said on Tuesday" after "next Tuesday" is the Tuesday past),
 * unless the weekday names an event ("officials postponed Tuesday's launch", "The launch on Tuesday was delayed").
 */
export function pinnedValue(told: ToldWeekdays, text: string, value: string, ref: Ymd, use: WeekdayUse): string | null {
  if (!told) return null;
  const m = BARE.exec(text);
  const day = m && dayOf(value);
  if (!m || !day) return null;
  const wd = weekdayOf(m[1]);
  const item = told.split(',').find((i) => i.startsWith(`${wd}=`));
  const pinned = item ? parseYmd(item.slice(item.indexOf('=') + 1)) : null;
  if (!pinned || compareYmd(pinned, day) === 0) return null;
  const own = formatYmd(day);
  if (own !== formatYmd(dateForWeekday(ref, wd, 'past')) && own !== formatYmd(dateForWeekday(ref, wd, 'future'))) return null;
  const ahead = compareYmd(pinned, ref);
  const back = use.pastGoverned || use.tense === 'past';
  const forward = use.willGoverned || use.tense === 'future';
  if (!use.namesEvent && ((ahead > 0 && back) || (ahead < 0 && forward))) return null;
  return formatYmd(pinned) + value.slice(10);
}
