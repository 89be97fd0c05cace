import type { DateType } from '../types';
import { addDays, mondayOfIsoWeek, weekday, type Ymd } from './calendar';
import { parseTimex, type DurationPart, type DurationUnit, type PartialValue, type TimeOfDay, type TimexValue } from './parseTimex';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORD = ['', 'first', 'second', 'third', 'fourth'];
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const REFS = { past: 'the past', present: 'the present', future: 'the future' };
const PLURALS: Record<DurationUnit, string> = {
  year: 'years', month: 'months', week: 'weeks', day: 'days', quarter: 'quarters', decade: 'decades', century: 'centuries',
  millennium: 'millennia', weekend: 'weekends', hour: 'hours', minute: 'minutes', second: 'seconds',
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dayMonthYear = (d: Ymd) => `${d.d} ${MONTHS[d.m - 1]} ${d.y}`;
const ordinalSuffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');

function describeTime(t: TimeOfDay): string {
  if ('part' in t) return PARTS[t.part];
  if (t.hour === null) return 'time unknown';
  const h = t.hour, m = t.minute ?? 0;
  if (h === 12 && m === 0) return 'noon';
  if ((h === 24 || h === 0) && m === 0) return 'midnight';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m === 0 ? '' : ':' + pad(m, 2)} ${h < 12 || h === 24 ? 'a.m.' : 'p.m.'}`;
}

/** "the week of 20 November 2017 (week 47)", "the weekend of 25–26 November 2017". */
function describeWeek(y: number, w: number, weekend: boolean): string {
  const monday = mondayOfIsoWeek(y, w);
  if (!weekend) return `the week of ${dayMonthYear(monday)} (week ${w})`;
  const sat = addDays(monday, 5), sun = addDays(monday, 6);
  if (sat.m === sun.m) return `the weekend of ${sat.d}–${dayMonthYear(sun)}`;
  return `the weekend of ${sat.y === sun.y ? `${sat.d} ${MONTHS[sat.m - 1]}` : dayMonthYear(sat)} – ${dayMonthYear(sun)}`;
}

/**
 * A day or a time with X digits that names what is known ("XXXX-09-03" a day of September whose year the text does
 * not give, "XXXX-XX-XXT09:00" nine o'clock of a day not given, "2017-11-XX" some day of November 2017), or as a set
 * the day or time that recurs ("every 24 December", "every day at 9 a.m."). Null for other shapes.
 */
function describePartialDay(value: string, type: DateType): string | null {
  const x = /^(XXXX|\d{4})-(XX|\d\d)-(XX|\d\d)(?:T(?:(\d\d):(\d\d)|(MO|AF|EV|NI|DT)))?$/.exec(value);
  if (!x) return null;
  const [, y, m, d, hh, mm, part] = x;
  const month = m === 'XX' ? null : MONTHS[+m - 1];
  if (m !== 'XX' && !month) return null;
  const time = hh !== undefined ? describeTime({ hour: +hh, minute: +mm }) : part ? PARTS[part as keyof typeof PARTS] : null;
  const day = month && d !== 'XX' ? `${+d} ${month}` : null;
  if (type === 'set') {
    if (y !== 'XXXX') return null;
    if (day) return `every ${day}${time ? `, ${time}` : ''}`;
    if (!month && d === 'XX' && time) return part ? `every ${time}` : `every day at ${time}`;
    return null;
  }
  if (y === 'XXXX') {
    if (day) return `${day}${time ? `, ${time}` : ''} (year not given)`;
    if (!month && d === 'XX' && time) return `${time} (day not given)`;
    return null;
  }
  if (month && d === 'XX' && !time) return `a day in ${month} ${y}`;
  return null;
}

/** XXXX, XXXX-XX, XXXX-XX-XX, XXXX-XX-XXTXX:XX: nothing known at all. */
const isUnknownDate = (t: PartialValue) => !t.within && !t.alsoKnown && ['year', 'month', 'day', 'time'].includes(t.unit);

function describeCalendar(t: TimexValue): string | null {
  switch (t.kind) {
    case 'day': {
      const day = `${DAYS[weekday(t) - 1]}, ${t.d} ${MONTHS[t.m - 1]} ${t.y}`;
      return t.time ? `${day}, ${describeTime(t.time)}` : day;
    }
    case 'month': return `${MONTHS[t.m - 1]} ${pad(t.y, 4)}`;
    case 'week': return t.day === undefined || t.day === 'weekend' ? describeWeek(t.y, t.w, t.day === 'weekend') : null;
    case 'quarter': return `the ${ORD[t.q]} quarter of ${pad(t.y, 4)}`;
    case 'half': return `the ${ORD[t.h]} half of ${pad(t.y, 4)}`;
    case 'season': return `${SEASONS[t.season]} ${pad(t.y, 4)}`;
    case 'year': return t.bc ? `${t.y} BC` : pad(t.y, 4);
    case 'decade': return `the ${pad(t.decade, 3)}0s`;
    case 'century': { const c = t.century + 1; return `the ${c}${ordinalSuffix(c)} century${t.bc ? ' BC' : ''}`; }
    case 'partial':
      // "2017-XX", "2017-XX-XX": only the year is known
      return t.within?.kind === 'year' && !t.alsoKnown && (t.unit === 'month' || t.unit === 'day') ? `a date in ${pad(t.within.y, 4)}` : null;
    default: return null;
  }
}

/** "25 years", "several weeks", "1 day and 2 hours"; "some time" for PXX. */
function describeDuration(parts: readonly DurationPart[]): string {
  if (!parts.length) return 'some time';
  return parts
    .map((p) => (p.amount === null ? `several ${PLURALS[p.unit]}` : `${p.amount} ${p.amount === 1 ? p.unit : PLURALS[p.unit]}`))
    .join(' and ');
}

function describeSet(t: TimexValue): string | null {
  if (t.kind === 'duration') {
    // "every year" for P1Y, "every 2 weeks" for P2W
    const d = describeDuration(t.parts);
    return t.parts.length === 1 && t.parts[0].amount === 1 ? `every ${t.parts[0].unit}` : `every ${d}`;
  }
  if (t.kind !== 'set') return null;
  switch (t.every) {
    case 'weekday': return `every ${DAYS[t.weekday - 1]}${t.part ? ' ' + PARTS[t.part] : ''}`;
    case 'month': return `every ${MONTHS[t.m - 1]}`;
    case 'quarter': return `every ${ORD[t.q]} quarter`;
    case 'half': return `every ${ORD[t.h]} half`;
    case 'season': return `every ${SEASONS[t.season]}`;
  }
}

/**
 * Words for a TIMEX3 value, for hovers: `2017-01-04` → "Wednesday, 4 January 2017", `P25Y` → "25 years",
 * `2017-W02` → "the week of 9 January 2017 (week 2)", `PRESENT_REF` → "the present", sets → "every year".
 * Unknown shapes, and values that do not fit `type` (a calendar value given as a duration), come back as is.
 */
export function describeDate(value: string, type: DateType): string {
  const t = parseTimex(value);
  if (!t) return value;
  if (t.kind === 'ref') return REFS[t.ref];
  if (t.kind === 'partial' && isUnknownDate(t)) return 'an unknown date';
  if (t.kind === 'partial') {
    const words = describePartialDay(value, type);
    if (words) return words;
  }
  if (type === 'set') return describeSet(t) ?? value;
  if (t.kind === 'duration') return describeDuration(t.parts);
  if (type === 'duration') return value;
  return describeCalendar(t) ?? value;
}
