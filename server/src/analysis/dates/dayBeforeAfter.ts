import { addDays, formatYmd, parseYmd } from './calendar';
import { partOfDayCode } from './lexicon';

/**
 * "the day before ", "the night after ", "the eve of " right before an expression (a possessive may follow it: "last
 * Friday's").
 */
const DAY_BEFORE_AFTER = /\bthe\s+(?:(day|morning|afternoon|evening|night)\s+(before|after)|(eve)\s+of)\s+$/i;

/**
 * "the day after last Friday's vote", "the day after Christmas", "the day before Jan. 6", "the night before Sunday's
 * vote", "on the eve of Sunday's election": a day (or a part of one) told by the day next to it is one expression
 * (TimeML annotates it whole, anchored on the day named), one day before or after it. Returns the widened start, the
 * shifted day (with its part of the day: a time) and its type, or null when nothing of the kind precedes a full day's
 * value.
 */
export function dayBeforeOrAfter(text: string, start: number, value: string): { start: number; value: string; type: 'date' | 'time' } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const before = text.slice(Math.max(0, start - 24), start);
  const m = DAY_BEFORE_AFTER.exec(before);
  const day = m && parseYmd(value);
  if (!m || !day) return null;
  const shifted = formatYmd(addDays(day, m[3] || m[2].toLowerCase() === 'before' ? -1 : 1));
  const part = m[1] && m[1].toLowerCase() !== 'day' ? partOfDayCode(m[1]) : '';
  return { start: start - (before.length - m.index), value: shifted + part, type: part ? 'time' : 'date' };
}
