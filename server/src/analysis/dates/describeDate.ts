import type { DateType } from '../types';
import { addDays, mondayOfIsoWeek, weekday, type Ymd } from './calendar';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORD = ['', 'first', 'second', 'third', 'fourth'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], Q: ['quarter', 'quarters'],
  DE: ['decade', 'decades'], CE: ['century', 'centuries'], H: ['hour', 'hours'], S: ['second', 'seconds'],
  WE: ['weekend', 'weekends'], L: ['millennium', 'millennia'], TM: ['minute', 'minutes'],
};

const dayMonthYear = (d: Ymd) => `${d.d} ${MONTHS[d.m - 1]} ${d.y}`;
const ordinalSuffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');

function describeTime(t: string): string {
  const part = /^T(MO|AF|EV|NI|DT)$/.exec(t);
  if (part) return PARTS[part[1]];
  const clock = /^T(\d{2})(?::(\d{2}))?/.exec(t);
  if (!clock) return t;
  const h = +clock[1], m = clock[2] ?? '00';
  if (h === 12 && m === '00') return 'noon';
  if ((h === 24 || h === 0) && m === '00') return 'midnight';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m === '00' ? '' : ':' + m} ${h < 12 || h === 24 ? 'a.m.' : 'p.m.'}`;
}

function describeCalendar(v: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(v);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    const day = `${DAYS[weekday({ y, m: mo, d }) - 1]}, ${d} ${MONTHS[mo - 1]} ${y}`;
    return m[4] ? `${day}, ${describeTime(m[4])}` : day;
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m && +m[2] >= 1 && +m[2] <= 12) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(v);
  if (m && +m[2] >= 1 && +m[2] <= 53) {
    // "the week of 20 November 2017 (week 47)", "the weekend of 25–26 November 2017"
    const monday = mondayOfIsoWeek(+m[1], +m[2]);
    if (!m[3]) return `the week of ${dayMonthYear(monday)} (week ${+m[2]})`;
    const sat = addDays(monday, 5), sun = addDays(monday, 6);
    if (sat.m === sun.m) return `the weekend of ${sat.d}–${dayMonthYear(sun)}`;
    return `the weekend of ${sat.y === sun.y ? `${sat.d} ${MONTHS[sat.m - 1]}` : dayMonthYear(sat)} – ${dayMonthYear(sun)}`;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return `the ${ORD[+m[2]]} quarter of ${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return `the ${ORD[+m[2]]} half of ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) return `${SEASONS[m[2]]} ${m[1]}`;
  m = /^(\d{4})$/.exec(v);
  if (m) return m[1];
  m = /^(\d{3})X?$/.exec(v);
  if (m) return `the ${m[1]}0s`;
  m = /^(\d{2})$/.exec(v);
  if (m) { const c = +m[1] + 1; return `the ${c}${ordinalSuffix(c)} century`; }
  m = /^(\d{4})-XX(?:-XX)?$/.exec(v);
  if (m) return `a date in ${m[1]}`;
  return null;
}

function describeDuration(v: string): string | null {
  const m = /^P(T)?(.+)$/.exec(v);
  if (!m) return null;
  const time = !!m[1];
  const parts: string[] = [];
  const re = /(\d+(?:\.\d+)?|X)(DE|CE|WE|[YMWDQHSL])|T/g;
  let inTime = time;
  for (const p of m[2].matchAll(re)) {
    if (p[0] === 'T') { inTime = true; continue; }
    const key = inTime && p[2] === 'M' ? 'TM' : p[2];
    const names = UNITS[key];
    if (!names) return null;
    parts.push(p[1] === 'X' ? `several ${names[1]}` : `${p[1]} ${+p[1] === 1 ? names[0] : names[1]}`);
  }
  if (!parts.length) return /^PXX$/.test(v) ? 'some time' : null;
  return parts.join(' and ');
}

function describeSet(v: string): string | null {
  const wd = /^XXXX-WXX-([1-7])(T(?:MO|AF|EV|NI))?$/.exec(v);
  if (wd) return `every ${DAYS[+wd[1] - 1]}${wd[2] ? ' ' + PARTS[wd[2].slice(1)] : ''}`;
  const mo = /^XXXX-(\d{2})$/.exec(v);
  if (mo && +mo[1] >= 1 && +mo[1] <= 12) return `every ${MONTHS[+mo[1] - 1]}`;
  const q = /^XXXX-Q([1-4])$/.exec(v);
  if (q) return `every ${ORD[+q[1]]} quarter`;
  const s = /^XXXX-(SP|SU|FA|WI)$/.exec(v);
  if (s) return `every ${SEASONS[s[1]]}`;
  const d = describeDuration(v);
  if (!d) return null;
  return /^1 /.test(d) && !d.includes(' and ') ? `every ${d.slice(2)}` : `every ${d}`;
}

/**
 * Words for a TIMEX3 value, for hovers: `2017-01-04` → "Wednesday, 4 January 2017", `P25Y` → "25 years",
 * `2017-W02` → "week 2 of 2017", `PRESENT_REF` → "the present", sets → "every year". Unknown shapes come back as is.
 */
export function describeDate(value: string, type: DateType): string {
  if (value === 'PRESENT_REF') return 'the present';
  if (value === 'PAST_REF') return 'the past';
  if (value === 'FUTURE_REF') return 'the future';
  if (/^X{4}(-XX)*$/.test(value) || value === 'XXXX-XX-XXTXX:XX') return 'an unknown date';
  if (type === 'set') return describeSet(value) ?? value;
  if (type === 'duration' || value.startsWith('P')) return describeDuration(value) ?? value;
  return describeCalendar(value) ?? value;
}
