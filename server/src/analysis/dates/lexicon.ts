/** Word lists and regular-expression fragments for temporal expressions (English news). */

export const MONTH_RE =
  '(?:jan(?:uary|\\.)|feb(?:ruary|\\.)|mar(?:ch|\\.)|apr(?:il|\\.)|may|june|jun\\.|july|jul\\.|aug(?:ust|\\.)|sep(?:t(?:ember|\\.)?|\\.)|oct(?:ober|\\.)|nov(?:ember|\\.)|dec(?:ember|\\.))';

/** A month name or its three-letter abbreviation without a full stop ("Nov", as in "22-Nov-2017" or "Nov 22, 2017"). */
export const MONTH_WORD_RE = `(?:${MONTH_RE}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;

export const WEEKDAY_RE =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.)';

/** Weekday names written in full (abbreviations like "Sun." are too ambiguous alone). */
export const WEEKDAY_FULL_RE = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

/** Capitalized words that make the weekday after them a named day or event: "Black Friday", "Super Tuesday". */
export const NAMED_WEEKDAY_PREFIX = '(?:Black|Cyber|Good|Bloody|Super|Blue|Holy|Maundy|Ash|Palm|Shrove|Fat|Easter)';

/**
 * Time-zone abbreviations as news prints them beside a clock time: "10:42 GMT", "9 a.m. EST", "3 p.m. ET", "14:20 BJT".
 * One list for the date layer's clock times, the structure reader's post stamps and the entity rule that keeps a zone
 * from being read as an organization.
 */
export const ZONE_ABBREVIATION_RE = '(?:GMT|UTC|BST|BJT|CES?T|EES?T|[ECMP][SD]?T|JST|KST|IST|HKT|SGT|MSK|AE[SD]T)';

export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';

/**
 * Words after which a bare month word ("May", "March", "June") is the month, not a name or a verb: "in May", "since
 * June", "early March", "last April", "postponed to May", "the year ended March". For the date layer and for the entity
 * rule that tells people named with a month word (`entities/monthWordNames.ts`).
 */
export const MONTH_GOVERNOR_RE = '(?:in|since|until|till|by|of|from|through|during|before|after|early|late|mid|last|next|this|that|to|between|each|every|ended|ending)';


/**
 * A month, a season or a number before "and" or "or", at the end of a text: what a month word after it is coordinated
 * with ("April and May", "June 3 or May"). Without one, "… and May defended the deal" joins a clause whose subject is
 * a person.
 */
export const CALENDAR_BEFORE_CONJUNCTION = new RegExp(`(?:${MONTH_WORD_RE}\\.?|${SEASON_RE}|\\d(?:st|nd|rd|th)?|year|quarter|month)\\s*,?\\s+(?:and|or)\\s+$`, 'i');

export const PART_OF_DAY_RE = '(?:morning|afternoon|evening|night|overnight)';

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth'];

const TENS_RE = `(?:${TENS.filter(Boolean).join('|')})`;
const SMALL_RE = `(?:${SMALL.slice(1).join('|')})`;
const UNITS_RE = `(?:${SMALL.slice(1, 10).join('|')})`;
/**
 * A spelled or written cardinal: "25", "2 1/2", "twenty-five", "a hundred", "a few", "several"; a round number may
 * say it is at least that much ("20-plus", "30-odd", "20+"), which the value keeps as the round number.
 */
export const NUMBER_RE =
  `(?:\\d+(?:[.,]\\d+)?(?:\\s+1/2|-plus|-odd|\\+)?|${TENS_RE}(?:[\\s-]${UNITS_RE}|-odd|-plus)?|${SMALL_RE}|(?:a|one|two|three|four|five)\\s+hundred|hundreds|thousands|a\\s+dozen|dozens|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|a\\s+few|few|several|many|some|another|a|an)`;

export const ORDINAL_RE = `(?:${ORDINALS.slice(1).join('|')}|twenty[\\s-](?:${ORDINALS.slice(1, 10).join('|')})|thirtieth|thirty[\\s-]first|\\d{1,2}(?:st|nd|rd|th))`;

export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))';

export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'ML' | 'WE';

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w.startsWith('sec')) return 'S';
  if (w.startsWith('min')) return 'MIN';
  if (w.startsWith('hour')) return 'H';
  if (w.startsWith('weekend')) return 'WE';
  if (w.startsWith('day') || w.startsWith('night')) return 'D';
  if (w.startsWith('fortnight')) return 'W';
  if (w.startsWith('week')) return 'W';
  if (w.startsWith('month')) return 'M';
  if (w.startsWith('quarter')) return 'Q';
  if (w.startsWith('year')) return 'Y';
  if (w.startsWith('decade')) return 'DE';
  if (w.startsWith('centur')) return 'CE';
  if (w.startsWith('millenni')) return 'ML';
  return null;
}

/** Month number (1-12) from a month word or abbreviation. */
export function monthOf(word: string): number {
  const k = word.toLowerCase().slice(0, 3);
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(k) + 1;
}

/** ISO weekday (Monday = 1) from a weekday word or abbreviation. */
export function weekdayOf(word: string): number {
  const k = word.toLowerCase().slice(0, 3);
  return ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(k) + 1;
}

export function seasonCode(word: string): string {
  const w = word.toLowerCase();
  return w === 'spring' ? 'SP' : w === 'summer' ? 'SU' : w === 'winter' ? 'WI' : 'FA';
}

export function partOfDayCode(word: string): string {
  const w = word.toLowerCase();
  return w === 'morning' ? 'TMO' : w === 'afternoon' ? 'TAF' : w === 'evening' ? 'TEV' : 'TNI';
}

/**
 * Value of a spelled or written number; `null` for vague quantities ("several", "a few", "some").
 * "a"/"an" are 1, "a couple of" is 2, "2 1/2" is 2.5.
 */
export function numberValue(words: string): number | null {
  const s = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/(?:-odd|-plus|\+)$/.test(s)) return numberValue(s.replace(/(?:-odd|-plus|\+)$/, ''));
  if (/^\d/.test(s)) {
    const half = /\s1\/2$/.test(s) ? 0.5 : 0;
    const n = Number(s.replace(/\s1\/2$/, '').replace(/,/g, ''));
    return Number.isFinite(n) ? n + half : null;
  }
  // "for another year": one more.
  if (s === 'a' || s === 'an' || s === 'another') return 1;
  if (/couple/.test(s)) return 2;
  if (/dozen$/.test(s) && s !== 'dozens') return 12;
  const hundred = /^(a|one|two|three|four|five) hundred$/.exec(s);
  if (hundred) return (hundred[1] === 'a' ? 1 : SMALL.indexOf(hundred[1])) * 100;
  const small = SMALL.indexOf(s);
  if (small > 0) return small;
  const parts = s.split(/[\s-]/);
  const tens = TENS.indexOf(parts[0]);
  if (tens >= 2) return tens * 10 + (parts[1] ? SMALL.indexOf(parts[1]) : 0);
  return null;
}

/** Value of an ordinal ("third", "21st", "twenty-first"), or null. */
export function ordinalValue(word: string): number | null {
  const s = word.toLowerCase().replace(/\s+/g, ' ');
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(s);
  if (digits) return +digits[1];
  const i = ORDINALS.indexOf(s);
  if (i > 0) return i;
  if (s === 'thirtieth') return 30;
  const compound = /^(twenty|thirty)[\s-](\w+)$/.exec(s);
  if (compound) {
    const u = ORDINALS.indexOf(compound[2]);
    if (u > 0 && u < 10) return (compound[1] === 'twenty' ? 20 : 30) + u;
  }
  return null;
}

/** Spelled years as said on air: "nineteen ninety-six", "nineteen eighty", "two thousand". */
export const SPOKEN_YEAR_RE =
  `(?:(?:nineteen|eighteen|twenty)[\\s-](?:${TENS_RE}(?:[\\s-]${UNITS_RE})?|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|o[\\s-]${UNITS_RE})|two\\s+thousand(?:\\s+and)?(?:\\s+${SMALL_RE})?)`;

export function spokenYearValue(s: string): number | null {
  const w = s.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((x) => x !== 'and');
  if (w[0] === 'two' && w[1] === 'thousand') return 2000 + (w[2] ? Math.max(0, SMALL.indexOf(w[2])) : 0);
  const century = SMALL.indexOf(w[0]);
  if (century < 10) return null;
  let rest = 0;
  if (w[1] === 'o') rest = SMALL.indexOf(w[2] ?? '');
  else {
    const tens = TENS.indexOf(w[1]);
    rest = tens >= 2 ? tens * 10 + (w[2] ? SMALL.indexOf(w[2]) : 0) : SMALL.indexOf(w[1]);
  }
  return rest >= 0 ? century * 100 + rest : null;
}

/** Decades spelled out: "the nineties" → 9. */
export function decadeWordValue(word: string): number | null {
  const i = TENS.indexOf(word.toLowerCase().replace(/ies$/, 'y'));
  return i >= 2 ? i : null;
}

/**
 * The end point after a span of time that runs up to it: "(the year) ended March 31", "(the week) to Friday",
 * "(the 12 months) through June", "(the year) ending tomorrow". Read right after the span's last word.
 */
export const TO_END_POINT = new RegExp(`^\\s+(?:ended|ending|to|through)\\s+(?:${MONTH_WORD_RE}\\b|${WEEKDAY_FULL_RE}\\b|yesterday\\b|today\\b|tomorrow\\b)`, 'i');
