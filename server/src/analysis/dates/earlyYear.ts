/**
 * Whether a number from 1000 to 1499 is a year. Such numbers are counts far more often than years in news ("1368
 * people"), so one is a year only in a frame that takes nothing but times: an era after it ("1405 AD"), a preposition
 * of time before it ("in 1279", "since 1279", "dates back to 1189", "between 1405 and 1433"), or the end of a range
 * opened by a year ("from 1368 to 1644" and "from 1271 to 1368"). A range after a verb of change is of amounts ("grew
 * from 1200 to 1400"); "one in 1200" is a ratio.
 */
export function earlyYearFramed(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 8);
  if (ERA_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  if (RATIO_BEFORE.test(before)) return false;
  // A range: its end must not be followed by the noun both numbers count ("between 1200 and 1400 people").
  const opened = RANGE_END_BEFORE.exec(before);
  if (opened) return RANGE_TAIL_OK.test(text.slice(end, end + 12)) && !CHANGE_VERB_BEFORE.test(text.slice(Math.max(0, start - 80), start - opened[0].length));
  const range = RANGE_START_AFTER.exec(text.slice(end, end + 16));
  if (range && /\b(?:from|between)\s+$/i.test(before)) {
    const tail = text.slice(end + range[0].length, end + range[0].length + 12);
    return RANGE_TAIL_OK.test(tail) && !CHANGE_VERB_BEFORE.test(before.replace(/\s*(?:from|between)\s+$/i, ''));
  }
  return TIME_PREPOSITION_BEFORE.test(before);
}

const ERA_AFTER = /^\s*(?:AD|A\.D\.|CE|C\.E\.)(?![A-Za-z])/;
/** "from" is not here: it opens ranges of amounts as often as of years, and needs the range's end (below). */
const TIME_PREPOSITION_BEFORE = /\b(?:in|since|until|till|during|circa|c\.|around|before|after|back\s+to|AD|A\.D\.)\s+$/i;
const RATIO_BEFORE = /\b(?:one|\d+|a)\s+in\s+$/i;
/** The end of a range whose start is a year: "from 1368 to 1644" (when this is 1644, which other rules already take). */
const RANGE_END_BEFORE = /\b(?:from|between)\s+1\d{3}\s*(?:to|until|till|through|and|[-–])\s*$/i;
const RANGE_START_AFTER = /^\s*(?:to|until|till|through|and|[-–])\s*1\d{3}(?!\d)/;
/** What may follow the last year of a range: the end of a clause, a preposition or conjunction, an era, a name. */
const RANGE_TAIL_OK = /^(?:$|\s*[.,;:!?)'"”’]|\s+(?:AD|A\.D\.|CE|C\.E\.|in|at|on|and|or|when|while|as|during|under|before|after|with|by|for|of|to|the|a|an)\b|\s+\p{Lu})/u;
const CHANGE_VERB_BEFORE = /\b(?:rose|rise[sn]?|grew|grow(?:s|n)?|fell|fall(?:s|en)?|increased?|increases|decreased?|decreases|climbed|jumped|dropped|declined|surged|soared|plunged|expanded|shrank|went|cut|raised|lowered|reduced|boosted|up|down)(?:\s+\w+ly)?\s*$/i;
