import { weekday } from './calendar';
import type { ResolveContext } from './patternTypes';

/**
 * Which weekend bare "the weekend" names, in weeks from the reference's: the coming one (0) when told of the future;
 * else the one before (-1), unless the reference is a photo's Sunday, whose weekend is over or nearly so when the
 * article is written ("Crowds gathered over the weekend"), or a photo's Saturday and the weekend's event is told as
 * "Saturday's" would be ("rose on Monday after the weekend's decision"). Under a Saturday photo a bare past weekend
 * stays the one before: "sold out over the weekend, organizers said on Monday" may be written that Saturday.
 */
export function weekendShift(ctx: ResolveContext, possessive: boolean): number {
  if (ctx.tense === 'future') return 0;
  if (!ctx.captionRef) return -1;
  const wd = weekday(ctx.ref);
  return wd === 7 || (wd === 6 && possessive) ? 0 : -1;
}
