/** The day an expression told from "the day mentioned before" counts from: "the next morning", "the day before". */
import { parseYmd, type Ymd } from './calendar';
import type { ResolveContext } from './patternTypes';

/**
 * The day mentioned last: the last date of this paragraph, or, when it has none, of the paragraphs before ("The next
 * morning, …" opening a paragraph). A time counts as its day ("landed at 6 a.m. Nov. 3 … the next morning"). Null
 * when that last date is no day (a month, a year) or there is none: such anaphors then have no value to give, since
 * "the following day" never counts from the article's date.
 */
export function dayMentionedBefore(ctx: ResolveContext): Ymd | null {
  const mentioned = ctx.last ?? ctx.previous;
  return mentioned ? parseYmd(mentioned) : null;
}
