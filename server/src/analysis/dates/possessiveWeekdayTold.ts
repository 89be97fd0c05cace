/**
 * A possessive weekday after the same weekday told with "next", "this" or "last" earlier in the block names that day's
 * event: "The probe will launch next Tuesday. … Tuesday's launch comes after a delay" is next Tuesday, not the Tuesday
 * the possessive's past reading would give.
 */
import type { DateMention } from '../types';

const QUALIFIED = /^(?:next|last|this|coming|this\s+coming|this\s+past)\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/i;
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Gives each possessive bare weekday of `dates` (mentions of `text`, in order) the value of the last qualified same weekday before it. */
export function possessiveWeekdaysTold(text: string, dates: DateMention[]): void {
  const told = new Map<string, string>();
  for (const d of dates) {
    if (d.type !== 'date') continue;
    const q = QUALIFIED.exec(d.text);
    if (q && FULL_DAY.test(d.value)) { told.set(q[1].toLowerCase(), d.value); continue; }
    if (!WEEKDAY.test(d.text) || !/^['’]s\b/.test(text.slice(d.end, d.end + 3))) continue;
    const value = told.get(d.text.toLowerCase());
    if (value) d.value = value;
  }
}
