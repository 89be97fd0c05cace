/**
 * A weekday said to be a named day told right after it: "Tuesday marks the Winter Solstice", "Thursday is Thanksgiving
 * Day". The weekday is that day when the day falls on it (the solar term's or holiday's date of the year in question),
 * not the nearest such weekday of the tense's guess.
 */
import type { DateMention } from '../types';
import { parseYmd, weekday } from './calendar';
import { weekdayOf } from './lexicon';

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
// The verb between: "marks", "is", "will be", "falls on", "coincides with", with "the" or "this year's" after it.
const MARKS = /^\s+(?:marks|marked|will\s+mark|is|was|will\s+be|falls\s+on|fell\s+on|coincides\s+with|coincided\s+with)\s+(?:the\s+|this\s+year['’]s\s+)?$/i;

/** Gives each weekday of `dates` (mentions of `text`, in order) said to be the day mentioned right after it that day's value. */
export function weekdaysMarkingDays(text: string, dates: DateMention[]): void {
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i], b = dates[i + 1];
    if (a.type !== 'date' || b.type !== 'date' || !WEEKDAY.test(a.text) || !FULL_DAY.test(b.value)) continue;
    if (!MARKS.test(text.slice(a.end, b.start))) continue;
    const day = parseYmd(b.value);
    if (day && weekday(day) === weekdayOf(a.text)) a.value = b.value;
  }
}
