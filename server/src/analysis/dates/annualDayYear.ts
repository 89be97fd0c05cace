/** The year of a day that comes back every year, named in the text: a holiday ("Christmas") or festival ("the Spring Festival"). */
import { compareYmd, type Ymd } from './calendar';
import type { ResolveContext } from './patternTypes';
import { framedYearOf, yearNamedAfter, yearOfDateAfter } from './periodCommon';
import { yearOfAnnualDay } from './resolveRelative';

/**
 * How to choose the year of a yearly day named at `text` up to `end`, most explicit first: the year written with it
 * ("Chinese New Year 2018"); "last"/"next" before it, counted from the reference date; a year named right after ("the
 * Spring Festival last year", "National Day in 2019"); the year of a full date right after ("Christmas celebrations on
 * Dec. 25, 2019"); the year the story is framed in ("That year, the Spring Festival holiday …"); else the occurrence
 * nearest the reference date as the tense points (`dayOf` gives the day in a year, `startOf` the start of a period the
 * day ends, as Easter week).
 */
export function annualDayYear(
  text: string, end: number, written: string | undefined, qualifier: string | undefined,
  dayOf: (y: number) => Ymd, startOf?: (d: Ymd) => Ymd,
): (ctx: ResolveContext) => number {
  if (written) return () => +written;
  if (qualifier) return (ctx) => yearOfAnnualDay(dayOf, ctx.ref, ctx.tense, qualifier, startOf);
  const after = text.slice(end, end + 50);
  const named = yearNamedAfter(after);
  if (named) return (ctx) => named(ctx.ref.y);
  const dated = yearOfDateAfter(after);
  if (dated !== undefined) return () => dated;
  // A past verb that governs it ("On New Year's Day, thousands gathered", "celebrated Christmas with …") puts it on or
  // before the reference date, however near the next one lies.
  return (ctx) => framedYearOf(ctx) ?? (ctx.pastGoverned ? (compareYmd(dayOf(ctx.ref.y), ctx.ref) <= 0 ? ctx.ref.y : ctx.ref.y - 1)
    : yearOfAnnualDay(dayOf, ctx.ref, ctx.tense, '', startOf));
}
