/**
 * Days of the Chinese lunisolar calendar, from `date-chinese` (MIT; the astronomical new moons and solar terms that
 * fix the calendar, which no table written by hand would get right for every year): the festivals Chinese news dates
 * its stories by. Pure.
 */
import { CalendarChinese } from 'date-chinese';
import { addDays, type Ymd } from './calendar';

/** A festival: its lunar month and day, or a solar term (Qingming), or the eve of the New Year. */
export type Festival = 'spring' | 'eve' | 'lantern' | 'qingming' | 'dragon-boat' | 'qixi' | 'mid-autumn' | 'double-ninth' | 'laba';

const LUNAR_DAY: Partial<Record<Festival, [month: number, day: number]>> = {
  spring: [1, 1], lantern: [1, 15], 'dragon-boat': [5, 5], qixi: [7, 7], 'mid-autumn': [8, 15], 'double-ninth': [9, 9], laba: [12, 8],
};
/**
 * Festivals of the twelfth lunar month (Laba, on its eighth day), which falls in the Gregorian year after the one its
 * lunar year begins in: the Laba of Gregorian year Y belongs to the lunar year begun in Y - 1.
 */
const LAST_LUNAR_MONTH = 12;

/** The Gregorian day of `festival` in Gregorian year `year` (the lunar year that begins in it). */
export function festivalDay(festival: Festival, year: number): Ymd {
  if (festival === 'eve') return addDays(festivalDay('spring', year), -1);
  const cal = new CalendarChinese();
  if (festival === 'qingming') return solarTermDay(QINGMING_TERM, year);
  const [month, day] = LUNAR_DAY[festival]!;
  // Month and day of the lunar year that begins in `year` (no leap month: the festivals keep the ordinary one).
  return ymd(cal.set(0, 0, month, 0, day).toGregorian(month === LAST_LUNAR_MONTH ? year - 1 : year));
}

/** Qingming, the fifth solar term (see solarTermDay). */
const QINGMING_TERM = 5;
/** The Julian day of 1970-01-01T00:00Z, and China's offset from UTC in days (the terms are dated in Beijing time). */
const UNIX_EPOCH_JD = 2440587.5;
const BEIJING_OFFSET_DAYS = 8 / 24;
/** A margin well above the gap between dynamical and universal time (about a minute), below a day. */
const TIME_MARGIN_DAYS = 0.1;

/**
 * The Gregorian day, in Beijing time, of solar term `term` of Gregorian year `year`: 1 is the Beginning of Spring
 * (early February), 4 the spring equinox, 22 the winter solstice, 24 the Major Cold (late January). The library's
 * year of terms 23 and 24 (January) is the year before; its own Gregorian conversion misplaces some early-year terms, so
 * the day is read from the Julian day directly.
 */
export function solarTermDay(term: number, year: number): Ymd {
  const cal = new CalendarChinese();
  const at = (y: number) => gregorianOf(cal.solarTerm(term, y));
  const d = at(year);
  return d.y > year ? at(year - 1) : d;
}

/** The Gregorian day, in Beijing time, of a Julian ephemeris day (the library gives Beijing midnight). */
function gregorianOf(jde: number): Ymd {
  const date = new Date((jde + BEIJING_OFFSET_DAYS + TIME_MARGIN_DAYS - UNIX_EPOCH_JD) * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function ymd(g: { year: number; month: number; day: number }): Ymd {
  return { y: g.year, m: g.month, d: g.day };
}
