/** The year of a day that comes back every year, named in the text: a holiday ("Christmas") or festival ("the Spring Festival"). */
import { compareYmd, type Ymd } from './calendar';
import type { ResolveContext } from './patternTypes';
import { framedYearOf, yearNamedAfter, yearOfDateAfter } from './periodCommon';
import { yearOfAnnualDay } from './resolveRelative';
import { toldAsRunningOn, yearUnderWay } from './occasionUnderWay';

/**
 * How to choose the year of a yearly day named in `text` from `start` to `end`, most explicit first: the year written
 * with it ("Chinese New Year 2018"); "last"/"next" before it, counted from the reference date; a year named right after
 * ("the Spring Festival last year", "National Day in 2019"); the year of a full date right after ("Christmas
 * celebrations on Dec. 25, 2019"); the year the story is framed in ("That year, the Spring Festival holiday …"); else
 * the occurrence nearest the reference date as the tense points, or the coming one when it is booked or prepared for
 * (`dayOf` gives the day in a year, `startOf` the start of a period the day ends, as Easter week).
 */
export function annualDayYear(
  text: string, start: number, end: number, written: string | undefined, qualifier: string | undefined,
  dayOf: (y: number) => Ymd, startOf?: (d: Ymd) => Ymd,
): (ctx: ResolveContext) => number {
  if (written) return () => +written;
  if (qualifier) return (ctx) => yearOfAnnualDay(dayOf, ctx.ref, ctx.tense, qualifier, startOf);
  const after = text.slice(end, end + 50);
  const named = yearNamedAfter(after);
  if (named) return (ctx) => named(ctx.ref.y);
  const dated = yearOfDateAfter(after);
  if (dated !== undefined) return () => dated;
  // "Bookings for the Spring Festival holiday opened on Monday" in September: what is booked or prepared for lies ahead,
  // however far (the past tense tells of the booking).
  const preparedFor = PREPARED_FOR.test(text.slice(Math.max(0, start - 40), start));
  // A past verb that governs it ("On New Year's Day, thousands gathered", "celebrated Christmas with …") puts it on or
  // before the reference date, however near the next one lies.
  // "The National Day holiday runs until Oct. 8" on Oct. 5: under way, this year's.
  const runsOn = !preparedFor && toldAsRunningOn(after);
  return (ctx) => framedYearOf(ctx) ?? (runsOn ? yearUnderWay(dayOf(ctx.ref.y), ctx.ref) : null) ?? (ctx.pastGoverned ? (compareYmd(dayOf(ctx.ref.y), ctx.ref) <= 0 ? ctx.ref.y : ctx.ref.y - 1)
    : yearOfAnnualDay(dayOf, ctx.ref, preparedFor ? 'future' : ctx.tense, '', startOf));
}
/** Nouns and verbs of getting ready, whose "for"/"to" points to an occasion still to come. */
const PREPARED_FOR = /\b(?:bookings?|tickets?|reservations?|preparations?|countdown|gearing\s+up|getting\s+ready|prepare[sd]?|preparing)\s+(?:for|to)\s+(?:the\s+|this\s+year['’]s\s+)?$/i;
