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
  if (festival === 'qingming') return ymd(cal.fromJDE(cal.qingming(year)).toGregorian(year));
  const [month, day] = LUNAR_DAY[festival]!;
  // Month and day of the lunar year that begins in `year` (no leap month: the festivals keep the ordinary one).
  return ymd(cal.set(0, 0, month, 0, day).toGregorian(month === LAST_LUNAR_MONTH ? year - 1 : year));
}

function ymd(g: { year: number; month: number; day: number }): Ymd {
  return { y: g.year, m: g.month, d: g.day };
}
