/** The day an expression told from "the day mentioned before" counts from: "the next morning", "the day before". */
import { parseYmd, type Ymd } from './calendar';
import type { ResolveContext } from './patternTypes';

/**
 * The day mentioned last: the last day of this paragraph, past any year or month named since ("hit at 4 p.m. Friday.
 * It was the strongest since 1949. … the same day"), or, when the paragraph has no date before it, the last day of the
 * ones before ("The next morning, …" opening a paragraph), likewise. A time counts as its day ("landed at 6 a.m. Nov.
 * 3 … the next morning"). Null when there is no such day (a paragraph of months and years alone): such anaphors then
 * have no value to give, since "the following day" never counts from the article's date.
 */
export function dayMentionedBefore(ctx: ResolveContext): Ymd | null {
  const mentioned = ctx.last ? ctx.lastDay : ctx.previousDay;
  return mentioned ? parseYmd(mentioned) : null;
}
