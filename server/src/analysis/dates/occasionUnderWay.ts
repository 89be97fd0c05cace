/**
 * A yearly occasion told as the subject of a verb of running on or ending ("The National Day holiday runs until Oct. 8",
 * "the Spring Festival travel rush ends on March 13") is under way when its day lies a few weeks behind: this year's,
 * not next year's, though the verb looks ahead.
 */
import { compareYmd, daysBetween, type Ymd } from './calendar';

/** The holiday's (or festival's) own words, then the verb: " holiday runs", " travel rush ends", " celebrations continue". */
const RUNS_ON_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:runs|run|ends|end|continues|continue|lasts|last|wraps\s+up|draws\s+to\s+a\s+close|comes\s+to\s+an\s+end)\b/iu;
/** How far behind the day may lie: the longest such period, the 40-day Spring Festival travel rush, is mostly after it. */
const UNDER_WAY_DAYS = 30;

/** Whether the words `after` an occasion's name say it runs on or ends. */
export function toldAsRunningOn(after: string): boolean {
  return RUNS_ON_AFTER.test(after);
}

/** This year's occasion (`day` in the reference's year) when it began at most a few weeks before `ref`; else null. */
export function yearUnderWay(day: Ymd, ref: Ymd): number | null {
  return compareYmd(day, ref) <= 0 && daysBetween(day, ref) <= UNDER_WAY_DAYS ? ref.y : null;
}
