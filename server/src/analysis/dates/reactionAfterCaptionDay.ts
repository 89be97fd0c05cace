/**
 * A weekday told as after the photo's day, in the same sentence: under a caption of Saturday, "Markets reacted on
 * Monday to Saturday's decision" and "After Saturday's vote, shares fell on Monday" are of the Monday after it (the
 * article is written a day or two after its photo), not of the Monday before, which the past tense alone would give.
 */
import type { DateMention } from '../types';
import { addDays, formatWeek, formatYmd, weekday, type Ymd } from './calendar';
import { weekdayOf } from './lexicon';

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
/** Words that put what the sentence tells after the day named next: "after", "following", "in response to". */
const AFTER_BEFORE = /\b(?:after|following|in\s+(?:response|reaction)\s+to)\s+$/i;
/** "… to Saturday's decision" after a verb of reacting earlier in the sentence: "reacted sharply on Monday to". */
const TO_BEFORE = /\bto\s+$/i;
const REACTION = /\b(?:react(?:s|ed|ing)?|respond(?:s|ed|ing)?)\b/i;

/**
 * Moves each past bare weekday of `dates` (mentions of `text`, in order) to the same weekday after `ref` when a weekday
 * that is `ref` itself (or the weekend of a Saturday or Sunday `ref`) is told in the same sentence (`sentenceEnds`: end offsets) after "after", "following", "in
 * response to", or "to" following a verb of reacting.
 */
export function reactionsAfterCaptionDay(text: string, sentenceEnds: number[], dates: DateMention[], ref: Ymd): void {
  const refValue = formatYmd(ref);
  // The weekend of a photo taken on a Saturday or Sunday: "after the weekend's decision".
  const refWeekend = weekday(ref) >= 6 ? `${formatWeek(ref)}-WE` : null;
  const sentenceOf = (at: number) => sentenceEnds.findIndex((e) => e > at);
  for (const b of dates) {
    const captionDay = b.type === 'date' && ((b.value === refValue && WEEKDAY.test(b.text)) || (b.value === refWeekend && /weekend$/i.test(b.text)));
    if (!captionDay) continue;
    const s = sentenceOf(b.start);
    const start = s > 0 ? sentenceEnds[s - 1] : 0;
    const lead = text.slice(start, b.start);
    const ordered = AFTER_BEFORE.test(lead) || (TO_BEFORE.test(lead) && REACTION.test(lead));
    if (!ordered) continue;
    for (const a of dates) {
      if (a === b || a.type !== 'date' || !WEEKDAY.test(a.text) || sentenceOf(a.start) !== s || a.value >= refValue) continue;
      const wd = weekdayOf(a.text);
      const ahead = ((wd - weekday(ref) + 7) % 7) || 7;
      a.value = formatYmd(addDays(ref, ahead));
    }
  }
}
