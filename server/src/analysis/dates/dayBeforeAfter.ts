import { addDays, formatYmd, parseYmd } from './calendar';

/** "the day before " or "the day after " right before an expression (a possessive may follow it: "last Friday's"). */
const DAY_BEFORE_AFTER = /\bthe\s+day\s+(before|after)\s+$/i;

/**
 * "the day after last Friday's vote", "the day after Christmas", "the day before Jan. 6": a day told by the day
 * next to it is one expression (TimeML annotates it whole, anchored on the day named), one day before or after it.
 * Returns the widened start and the shifted day, or null when nothing of the kind precedes a full day's value.
 */
export function dayBeforeOrAfter(text: string, start: number, value: string): { start: number; value: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const before = text.slice(Math.max(0, start - 20), start);
  const m = DAY_BEFORE_AFTER.exec(before);
  const day = m && parseYmd(value);
  if (!m || !day) return null;
  return { start: start - (before.length - m.index), value: formatYmd(addDays(day, m[1].toLowerCase() === 'before' ? -1 : 1)) };
}
