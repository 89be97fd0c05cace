/**
 * Puts dates in time order for lists (the Outline's Dates): each calendar value sorts by the first day of the period
 * it names ("2017" and "2017-01-04" by 1 January and 4 January 2017, "199" by 1990, "2017-W02" by its Monday), a time
 * by its hour on its day, and "the past" / "now" / "the future" just before, at and after the reference date.
 * Durations and sets, which are not points in time, follow all of them in text order.
 */
import type { DateMention } from '../types';
import { daysBetween, mondayOfIsoWeek, type Ymd } from './calendar';

const EPOCH: Ymd = { y: 1970, m: 1, d: 1 };
const SEASON_START: Record<string, [number, number]> = { SP: [3, 20], SU: [6, 21], FA: [9, 22], WI: [12, 21] };
const PART_HOUR: Record<string, number> = { MO: 8, AF: 14, EV: 19, NI: 22, DT: 12 };

/** Days from 1 January 1970 to the start of the period `value` names (fractional for times), or null for none. */
export function timelinePoint(value: string, ref: Ymd): number | null {
  const day = (y: number, m = 1, d = 1) => daysBetween(EPOCH, { y, m, d });
  if (value === 'PAST_REF') return day(ref.y, ref.m, ref.d) - 0.001;
  if (value === 'PRESENT_REF') return day(ref.y, ref.m, ref.d);
  if (value === 'FUTURE_REF') return day(ref.y, ref.m, ref.d) + 0.999;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(?:(\d{2})(?::(\d{2}))?|(MO|AF|EV|NI|DT)))?/.exec(value);
  if (m) {
    const hour = m[4] !== undefined ? +m[4] + (m[5] ? +m[5] / 60 : 0) : m[6] ? PART_HOUR[m[6]] : 0;
    return day(+m[1], +m[2], +m[3]) + hour / 24;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return day(+m[1], +m[2]);
  m = /^(\d{4})-W(\d{1,2})/.exec(value);
  if (m) { const mon = mondayOfIsoWeek(+m[1], +m[2]); return day(mon.y, mon.m, mon.d); }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return day(+m[1], 3 * (+m[2] - 1) + 1);
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return day(+m[1], m[2] === '1' ? 1 : 7);
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return day(+m[1], ...SEASON_START[m[2]]);
  m = /^(\d{4})(?:-XX(?:-XX)?)?$/.exec(value);
  if (m) return day(+m[1]);
  m = /^(\d{3})X?$/.exec(value);
  if (m) return day(+m[1] * 10);
  m = /^(\d{2})(?:XX)?$/.exec(value);
  if (m) return day(+m[1] * 100);
  return null;
}

/** `dates` in time order (see above); a longer period first among those starting together ("2017" before "2017-01"). */
export function inTimelineOrder(dates: readonly DateMention[], ref: Ymd): DateMention[] {
  const keyed = dates.map((d) => ({ d, at: d.type === 'duration' || d.type === 'set' ? null : timelinePoint(d.value, ref) }));
  return keyed
    .sort((a, b) => {
      if (a.at === null || b.at === null) return a.at === null && b.at === null ? a.d.start - b.d.start : a.at === null ? 1 : -1;
      return a.at - b.at || a.d.value.length - b.d.value.length || a.d.start - b.d.start;
    })
    .map((k) => k.d);
}
