import type { DateType } from '../types';
import { parseTimex } from './parseTimex';

/**
 * Whether `v` is a TIMEX3 value the layer can show and export, one a person may set on a date: calendar dates and
 * their parts ("2017-11-15", "2017-11", "2017", "2017-W46", "2017-W46-WE", "2017-Q4", "2017-H2", "2017-SU", "199",
 * "19", with X for what is unknown), times ("2017-11-15T14:30", "2017-11-15TEV"), durations ("P3D", "PT2H",
 * "P1Y6M", "PXW", "PXX"), sets ("XXXX-WXX-1", "XXXX-11") and PAST_REF, PRESENT_REF, FUTURE_REF (see `parseTimex`).
 */
export function isTimexValue(v: string): boolean {
  return parseTimex(v) !== null;
}

/**
 * The TIMEX3 type of a value set by a person: a duration for P… (or a set when it was one), a time for …T…, a set
 * for a recurring value (XXXX-WXX-1, XXXX-11, XXXX-Q2, XXXX-SU), else a date. A value that is not TIMEX3 is a
 * duration (or set) when it starts with P, else a date.
 */
export function typeOfValue(v: string, fallback: DateType = 'date'): DateType {
  const t = parseTimex(v);
  const durationOrSet = fallback === 'set' ? 'set' : 'duration';
  if (!t) return v.startsWith('P') ? durationOrSet : 'date';
  switch (t.kind) {
    case 'duration': return durationOrSet;
    case 'set': return 'set';
    case 'day': return t.time ? 'time' : 'date';
    case 'partial': return t.unit === 'time' ? 'time' : 'date';
    default: return 'date';
  }
}
