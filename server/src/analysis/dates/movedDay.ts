import { addDays, formatYmd, parseYmd, weekday } from './calendar';
import { dateForWeekday } from './resolveRelative';
import { MOVED_TO } from './tense';
import type { Token } from '../types';
import { tokenAt } from '../tokens/tokenIndex';

/** A weekday named alone, the kind of day a move counts from the day of the decision. */
const BARE_WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
/** Words that may stand between a verb of moving and its "to": its object ("postponed the final to Saturday"). */
const MOVED_OBJECT = /^(?:back|forward|the|a|its|their|his|her|this|\p{Ll}+)$/u;

/**
 * True when the expression at `start` is where something was moved to: right after the "to"/"until" of a verb of
 * moving a date, the verb at most four words before ("was moved to Tuesday", "postponed the final to Saturday").
 */
export function movedTo(tokens: Token[], start: number): boolean {
  const lo = tokenAt(tokens, start);
  if (!/^(?:to|until|till)$/i.test(tokens[lo - 1]?.text ?? '')) return false;
  for (let j = lo - 2; j >= 0 && j >= lo - 6; j--) {
    if (MOVED_TO.test(tokens[j].text)) return true;
    if (!MOVED_OBJECT.test(tokens[j].text)) return false;
  }
  return false;
}

/**
 * The new day of a move told with the day of the decision in the same sentence: "The match, postponed on Sunday, was
 * moved to Tuesday" is the first Tuesday after that Sunday, not the one after the report. `text` is the expression,
 * `value` its day as resolved alone, `decided` the day of the decision; null when the expression is no bare weekday.
 */
export function dayMovedTo(text: string, value: string, decided: string): string | null {
  const day = parseYmd(value), from = parseYmd(decided);
  if (!BARE_WEEKDAY.test(text) || !day || !from || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return formatYmd(dateForWeekday(addDays(from, 1), weekday(day), 'future'));
}
