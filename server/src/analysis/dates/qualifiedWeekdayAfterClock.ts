import { WEEKDAY_FULL_RE, weekdayOf } from './lexicon';

const QUALIFIED_WEEKDAY_AFTER = new RegExp(`^,?\\s+(?:on\\s+)?(next|last|this\\s+coming|this\\s+past|this|coming)\\s+(${WEEKDAY_FULL_RE})\\b(?!['’]s)`, 'i');

/**
 * "at 9:30 p.m. Beijing Time next Tuesday", "at 8 a.m. this Friday": a weekday with its qualifier right after a clock
 * time with no day of its own is the clock time's day. Returns the qualifier and the weekday (1 = Monday), else null.
 */
export function qualifiedWeekdayAfterClock(after: string): { qualifier: string; wd: number } | null {
  const m = QUALIFIED_WEEKDAY_AFTER.exec(after);
  if (!m || !/^\p{Lu}/u.test(m[2])) return null;
  return { qualifier: m[1], wd: weekdayOf(m[2]) };
}
