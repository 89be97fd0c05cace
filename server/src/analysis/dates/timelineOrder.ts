/**
 * Puts dates in time order for lists (the Outline's Dates): each calendar value sorts by the first day of the period
 * it names ("2017" and "2017-01-04" by 1 January and 4 January 2017, "199" by 1990, "2017-W02" by its Monday), a time
 * by its hour on its day, and "the past" / "now" / "the future" just before, at and after the reference date.
 * Durations and sets, which are not points in time, follow all of them in text order.
 */
import type { DateMention } from '../types';
import { daysBetween, mondayOfIsoWeek, type Ymd } from './calendar';
import { parseTimex, type TimeOfDay } from './parseTimex';

const EPOCH: Ymd = { y: 1970, m: 1, d: 1 };
const SEASON_START = { SP: [3, 20], SU: [6, 21], FA: [9, 22], WI: [12, 21] } as const;
const PART_HOUR = { MO: 8, AF: 14, EV: 19, NI: 22, DT: 12 };
const REF_OFFSET = { past: -0.001, present: 0, future: 0.999 };

/** The hour a time of day sorts by: its clock (0 when the hour is XX) or the usual hour of its part of the day. */
const hourOf = (t: TimeOfDay | undefined): number =>
  !t ? 0 : 'part' in t ? PART_HOUR[t.part] : t.hour === null ? 0 : t.hour + (t.minute ?? 0) / 60;

/** Days from 1 January 1970 to the start of the period `value` names (fractional for times), or null for none. */
export function timelinePoint(value: string, ref: Ymd): number | null {
  const day = (y: number, m = 1, d = 1) => daysBetween(EPOCH, { y, m, d });
  const t = parseTimex(value);
  if (!t) return null;
  switch (t.kind) {
    case 'ref': return day(ref.y, ref.m, ref.d) + REF_OFFSET[t.ref];
    case 'day': return day(t.y, t.m, t.d) + hourOf(t.time) / 24;
    case 'month': return day(t.y, t.m);
    case 'week': { const mon = mondayOfIsoWeek(t.y, t.w); return day(mon.y, mon.m, mon.d); }
    case 'quarter': return day(t.y, 3 * (t.q - 1) + 1);
    case 'half': return day(t.y, t.h === 1 ? 1 : 7);
    case 'season': return day(t.y, ...SEASON_START[t.season]);
    // Before Christ, on the astronomical count (1 BC is year 0): a century starts at its earliest year.
    case 'year': return day(t.bc ? 1 - t.y : t.y);
    case 'decade': return day(t.decade * 10);
    case 'century': return day(t.bc ? 1 - (t.century + 1) * 100 : t.century * 100);
    case 'partial':
      // "2017-XX", "2017-XX-XX" sort by their year
      return t.within?.kind === 'year' && !t.alsoKnown && (t.unit === 'month' || t.unit === 'day') ? day(t.within.y) : null;
    case 'set':
    case 'duration':
      return null;
  }
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
