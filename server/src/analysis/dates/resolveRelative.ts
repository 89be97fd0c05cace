import {
  addDays, addMonths, compareYmd, daysBetween, formatWeek, formatYm, formatYmd, isoWeek, mondayOfIsoWeek, quarterOf, weekday, type Ymd,
} from './calendar';
import type { Unit } from './lexicon';
import type { Tense } from './tense';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** How far (in months) a month may lie on the "wrong" side of the reference for its tense and still be the nearest one. */
const NEAR_MONTHS = 2;
/** How many days behind the reference a month and day under "will" may lie and still be this year's. */
const WILL_SLACK_DAYS = 7;
/** How many days ahead a holiday named in the past tense may lie and still be this year's. */
const HOLIDAY_AHEAD_DAYS = 45;

/** "since January", "since Nov. 30": what "since" points to is behind the reference, however near the other one lies. */
export function sinceBefore(text: string, index: number): boolean {
  return /\bsince\s+(?:(?:early|late|mid)[\s-]+)?$/i.test(text.slice(Math.max(0, index - 16), index));
}

/** The year that puts a month (and optional day) on or before the reference. */
export function yearOnOrBefore(ref: Ymd, month: number, day?: number): number {
  return compareYmd({ y: ref.y, m: month, d: day ?? 1 }, ref) <= 0 ? ref.y : ref.y - 1;
}

/**
 * The year of a past event named by its day alone ("the Oct. 7 attack", "the Jan. 12 earthquake"), or null when that
 * is unknown. News names a fresh event so, and then it is the latest such day; a day more than two months back (the
 * window in which the nearest year is trusted, see `yearForMonth`) is as likely an event of years before, famous
 * enough to be named by its day ("the Sept. 11 attacks"), and the year is left unknown rather than guessed wrong.
 */
export function yearOfRecentPastDay(ref: Ymd, month: number, day: number): number | null {
  const y = yearOnOrBefore(ref, month, day);
  return daysBetween({ y, m: month, d: day }, ref) / 30.44 <= NEAR_MONTHS ? y : null;
}

/**
 * Year of a month (and optional day) given without a year: the nearest one when it lies within two months of the
 * reference; farther away, the past one in past tense, the coming one in future tense, else the nearest. A past verb
 * governing it (`governed`) makes it the past one, "will" governing it (`willGoverned`) the coming one.
 */
export function yearForMonth(ref: Ymd, month: number, day: number | undefined, tense: Tense, governed = false, willGoverned = false): number {
  const d = day ?? 15;
  const same = { y: ref.y, m: month, d };
  const cmp = day === undefined ? month - ref.m : compareYmd(same, ref);
  // Within two months of the reference the nearest year wins whatever the tense ("the amnesty is set to end Nov. 6" in early November).
  // With a day the distance is counted in days: Nov. 5 is almost three months before Jan. 27, not two.
  const { fwd, back } = day === undefined
    ? { fwd: (month - ref.m + 12) % 12, back: (ref.m - month + 12) % 12 }
    : monthsAround(ref, month, day);
  if (governed || (tense === 'past' && !(fwd <= NEAR_MONTHS && fwd <= back))) return cmp > 0 ? ref.y - 1 : ref.y;
  // "will hold the expo from Nov. 5" written on 22 November is next year's, beyond a week's slack for a reference
  // date a little after the writing.
  const willAhead = willGoverned && (day === undefined || daysBetween({ y: cmp < 0 ? ref.y : ref.y - 1, m: month, d: day }, ref) > WILL_SLACK_DAYS);
  if (willAhead || (tense === 'future' && !(back <= NEAR_MONTHS && back <= fwd))) return cmp < 0 ? ref.y + 1 : ref.y;
  const diff = month - ref.m;
  if (diff > 6) return ref.y - 1;
  if (diff < -6) return ref.y + 1;
  return ref.y;
}

/**
 * How many months (in days / 30.44) forward to the next `month`/`day` on or after `ref`, and back to the last one before
 * it. The way back counts double: a past tense misread before a date a few weeks ahead is common ("approved a bonus,
 * payable Dec. 7"), a future one before a date weeks behind is not ("will take place on Oct. 1" on 22 November is next
 * October).
 */
function monthsAround(ref: Ymd, month: number, day: number): { fwd: number; back: number } {
  const here = { y: ref.y, m: month, d: day };
  const next = compareYmd(here, ref) >= 0 ? here : { ...here, y: ref.y + 1 };
  const prev = compareYmd(here, ref) < 0 ? here : { ...here, y: ref.y - 1 };
  return { fwd: daysBetween(ref, next) / 30.44, back: daysBetween(prev, ref) / 30.44 * 2 };
}

/**
 * Date of a bare weekday name: the latest one on or before the reference in the past, the next one on or after in the
 * future, the nearer one in the present. A title's present of schedule ('scheduled') counts the way back double: a
 * title names the weekday of an event past only while it is fresh news (today, yesterday, the day before), but of one
 * to come up to a week ahead ("Trump heads to Riyadh on Tuesday" on a Friday is the coming Tuesday; "FM meets Lavrov
 * on Thursday" on a Friday is yesterday's meeting).
 */
export function dateForWeekday(ref: Ymd, wd: number, tense: Tense): Ymd {
  const back = (weekday(ref) - wd + 7) % 7;
  const forward = (wd - weekday(ref) + 7) % 7;
  if (tense === 'future') return addDays(ref, forward);
  if (tense === 'past' || tense === 'unknown') return addDays(ref, -back);
  const weight = tense === 'scheduled' ? 2 : 1;
  return weight * back <= forward ? addDays(ref, -back) : addDays(ref, forward);
}

/** The value at the granularity of a unit for the reference date shifted by n units ("two weeks ago", "next month"). */
export function shiftRef(ref: Ymd, n: number, unit: Unit): string {
  switch (unit) {
    case 'S': case 'MIN': case 'H': case 'D':
      return formatYmd(addDays(ref, unit === 'D' ? n : 0));
    case 'W': case 'WE':
      return formatWeek(addDays(ref, 7 * n)) + (unit === 'WE' ? '-WE' : '');
    case 'M':
      { const d = addMonths(ref, n); return formatYm(d.y, d.m); }
    case 'Q': {
      const q = ref.y * 4 + quarterOf(ref.m) - 1 + n;
      return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    }
    case 'Y': return String(ref.y + n);
    case 'DE': return String(Math.floor((ref.y + 10 * n) / 10)).padStart(3, '0');
    case 'CE': return String(Math.floor((ref.y + 100 * n) / 100)).padStart(2, '0');
    case 'ML': return String(Math.floor((ref.y + 1000 * n) / 1000));
  }
}

/** Shifts an existing TIMEX3 date value by n units, keeping its granularity; null when it cannot. */
export function shiftValue(value: string, n: number, unit: Unit): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(value);
  if (m) {
    const d = { y: +m[1], m: +m[2], d: +m[3] };
    const r = unit === 'Y' ? addMonths(d, 12 * n) : unit === 'M' ? addMonths(d, n) : unit === 'W' ? addDays(d, 7 * n)
      : unit === 'D' ? addDays(d, n) : unit === 'Q' ? addMonths(d, 3 * n) : null;
    return r ? formatYmd(r) + m[4] : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const k = unit === 'Y' ? 12 * n : unit === 'M' ? n : unit === 'Q' ? 3 * n : null;
    if (k === null) return null;
    const r = addMonths({ y: +m[1], m: +m[2], d: 1 }, k);
    return formatYm(r.y, r.m);
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const k = unit === 'Y' ? 4 * n : unit === 'Q' ? n : null;
    if (k === null) return null;
    const q = +m[1] * 4 + +m[2] - 1 + k;
    return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const k = unit === 'W' ? n : unit === 'Y' ? 52 * n : null;
    if (k === null) return null;
    return formatWeek(addDays(mondayOfIsoWeek(+m[1], +m[2]), 7 * k));
  }
  m = /^(\d{4})(-(?:SP|SU|FA|WI|H[12]))?$/.exec(value);
  if (m && unit === 'Y') return String(+m[1] + n) + (m[2] ?? '');
  return null;
}

/** Truncates a value to a coarser granularity ('Y', 'M', 'Q'); null when it cannot. */
export function truncateValue(value: string, unit: 'Y' | 'M' | 'Q'): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  if (unit === 'Y') return m[1];
  if (!m[2]) {
    const q = /^\d{4}-Q[1-4]$/.exec(value);
    return unit === 'Q' && q ? value : null;
  }
  return unit === 'M' ? `${m[1]}-${m[2]}` : `${m[1]}-Q${quarterOf(+m[2])}`;
}

export function weekOf(ref: Ymd): string {
  const w = isoWeek(ref);
  return `${w.year}-W${pad2(w.week)}`;
}

/**
 * The year of a day that comes back every year (a holiday, a festival), given by `dayOf(year)`: "last" and "next" count
 * from the reference date; otherwise the tense decides, and without one the nearest year (within six months) wins.
 * `startOf` moves the comparison to the start of a period the day ends (Easter week begins a week before Easter).
 */
export function yearOfAnnualDay(dayOf: (y: number) => Ymd, ref: Ymd, tense: Tense, qualifier: string, startOf: (d: Ymd) => Ymd = (d) => d): number {
  const q = qualifier.toLowerCase();
  if (q === 'last') return compareYmd(dayOf(ref.y), ref) < 0 ? ref.y : ref.y - 1;
  if (q === 'next') return compareYmd(dayOf(ref.y), ref) > 0 ? ref.y : ref.y + 1;
  const here = startOf(dayOf(ref.y));
  const cmp = compareYmd(here, ref);
  // A holiday weeks away is the one meant even in the past tense: "Ticket sales for the Lunar New Year holiday began
  // on Saturday" three weeks before it; so in December for one early next year ("Bookings for the New Year holiday
  // opened on Monday"), rather than the one almost a year behind.
  if (tense === 'past') {
    if (cmp > 0) return daysBetween(ref, here) > HOLIDAY_AHEAD_DAYS ? ref.y - 1 : ref.y;
    return daysBetween(ref, startOf(dayOf(ref.y + 1))) <= HOLIDAY_AHEAD_DAYS ? ref.y + 1 : ref.y;
  }
  if (tense === 'future') return cmp < 0 ? ref.y + 1 : ref.y;
  const diffMonths = here.m - ref.m;
  return diffMonths > 6 ? ref.y - 1 : diffMonths < -6 ? ref.y + 1 : ref.y;
}
