import { weekday } from './calendar';
import type { ResolveContext } from './patternTypes';

/**
 * Which weekend bare "the weekend" names, in weeks from the reference's: the coming one (0) when told of the future;
 * else the one before (-1), unless the reference is a photo's Saturday or Sunday, whose weekend is already under way
 * when the article is written ("rose on Monday after the weekend's decision" under Saturday's photo).
 */
export function weekendShift(ctx: ResolveContext): number {
  if (ctx.tense === 'future') return 0;
  return ctx.captionRef && weekday(ctx.ref) >= 6 ? 0 : -1;
}
