import type { DateType } from '../types';

/**
 * The TIMEX3 value forms a person may set on a date: calendar dates and their parts ("2017-11-15", "2017-11",
 * "2017", "2017-W46", "2017-W46-WE", "2017-Q4", "2017-H2", "2017-SU", "199", "19", with X for what is unknown),
 * times ("2017-11-15T14:30", "2017-11-15TEV"), durations ("P3D", "PT2H", "P1Y6M", "PXW"), sets ("XXXX-WXX-1")
 * and the reference words PAST_REF, PRESENT_REF, FUTURE_REF.
 */
const MONTH = '(?:0[1-9]|1[0-2]|XX)', DAY = '(?:0[1-9]|[12]\\d|3[01]|XX)';
const CALENDAR = new RegExp(`^(?:[\\dX]{2}|[\\dX]{3}|[\\dX]{4}(?:-(?:${MONTH}(?:-${DAY})?|W(?:0?[1-9]|[1-4]\\d|5[0-3]|XX)(?:-(?:WE|[1-7]))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?)$`);
const TIME = new RegExp(`^[\\dX]{4}-${MONTH}-${DAY}T(?:(?:[01]\\d|2[0-4]|XX)(?::(?:[0-5]\\d|XX)(?::[0-5]\\d)?)?|MO|AF|EV|NI|DT)$`);
const DURATION = /^P(?:(?:[\dX]+(?:\.\d+)?(?:Y|M|W|D|Q|DE|CE|ML|WE|L))+(?:T(?:[\dX]+(?:\.\d+)?[HMS])+)?|T(?:[\dX]+(?:\.\d+)?[HMS])+)$/;
const REF = /^(?:PAST|PRESENT|FUTURE)_REF$/;

/** Whether `v` is a TIMEX3 value the layer can show and export. */
export function isTimexValue(v: string): boolean {
  return REF.test(v) || CALENDAR.test(v) || TIME.test(v) || DURATION.test(v);
}

/**
 * The TIMEX3 type of a value set by a person: a duration for P…, a time for …T…, a set for a recurring weekday or
 * month (XXXX-WXX-1, XXXX-11); else `fallback` when it was a duration or set the value fits, else a date.
 */
export function typeOfValue(v: string, fallback: DateType = 'date'): DateType {
  if (/^P/.test(v) && !REF.test(v)) return fallback === 'set' ? 'set' : 'duration';
  if (TIME.test(v)) return 'time';
  if (/^XXXX-(?:WXX-[1-7]|\d{2})$/.test(v)) return 'set';
  return 'date';
}
