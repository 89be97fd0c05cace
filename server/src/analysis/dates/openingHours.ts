/** Opening hours told in the habitual present: "Markets in Shanghai open at 9:30 a.m.", "The store closes at 9 p.m.". */
import { WEEKDAY_FULL_RE } from './lexicon';

// Places that keep hours, so that their present "opens at" tells every day's hour; an event that "opens at 9 a.m."
// (a summit, a meeting, a fair) is one occasion told in the present of a timetable, and keeps its day.
const KEEPS_HOURS = /\b(?:markets?|stores?|shops?|supermarkets?|malls?|museums?|galleries|gallery|banks?|exchanges?|bourses?|trading|libraries|library|restaurants?|cafes?|bars?|parks?|zoos?|pharmacies|pharmacy|offices?|branches|branch|counters?|border\s+crossings?|checkpoints?|attractions?|temples?|palaces?|pools?|gyms?|clinics?|post\s+offices?|aquariums?|gardens?|airports?|stations?|metro|subway)\b/i;
// The present verb of opening or closing right before the clock time: "open at", "closes at", "shuts from".
const OPENS_AT = /\b(?:open|opens|close|closes|shut|shuts)\s+(?:(?:daily|usually|normally|only)\s+)?(?:at|from|until|till|by)\s+(?:(?:around|about)\s+)?$/i;
// One occasion named in the sentence: one weekday ("opens at 9 a.m. on Monday"), "will", or a deictic day.
const ONE_OCCASION = new RegExp(`\\b(?:${WEEKDAY_FULL_RE}(?!s)|will|'ll|today|tonight|tomorrow|next|this)\\b`, 'i');

/**
 * True when the clock time after `clause` (its sentence up to the clock) is a place's daily opening or closing hour,
 * told in the habitual present; `sentence` is the whole sentence around it.
 */
export function openingHour(clause: string, sentence: string): boolean {
  return OPENS_AT.test(clause) && KEEPS_HOURS.test(clause) && !ONE_OCCASION.test(sentence);
}
