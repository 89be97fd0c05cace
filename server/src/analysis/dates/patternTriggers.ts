/**
 * Cheap literal pre-checks, one per pattern name: a block that fails a pattern's trigger cannot match the pattern, so
 * the (costlier) pattern is not run on it. Each trigger must accept every text the pattern can match.
 */
const MONTHS = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const UNITS = /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni/i;
const AGO = /\bago\b|earlier|later|from\s+now|hence/i;

export const PATTERN_TRIGGERS: Readonly<Record<string, RegExp>> = {
  'iso-date': /\d{4}-\d\d-\d\d/,
  'slash-date': /\d\/\d/,
  'month-day': MONTHS,
  'second-day': MONTHS,
  'day-month': MONTHS,
  month: MONTHS,
  'relative-month': MONTHS,
  year: /\d{4}/,
  'ordinal-day': /\d(?:st|nd|rd|th)/i,
  'year-range-start': /\d{4}\s*[-–/]\s*\d\d/,
  'year-range-end': /\d{4}\s*[-–/]\s*\d\d/,
  'spoken-year': /nineteen|eighteen|twenty|thousand/i,
  decade: /0s|ties\b/i,
  century: /century/i,
  'deictic-day': /today|tonight|yesterday|tomorrow/i,
  'this-part-of-day': /morning|afternoon|evening|night/i,
  weekday: /day\b|day'|days\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\./i,
  'weekday-plural': /days\b/i,
  clock: /\d\s*(?:a|p|o')/i,
  'clock-part-of-day': /\d\s+(?:in\s+the|at\s+night)/i,
  noon: /noon|midnight|midday|afternoon|morning/i,
  holiday: /christmas|new\s+year|thanksgiving|easter|election\s+day|independence\s+day|labor\s+day|memorial\s+day|veterans\s+day|halloween|valentine|fourth\s+of\s+july|boxing\s+day/i,
  'relative-period': /week|month|year|quarter|decade|century/i,
  'the-weekend': /weekend/i,
  'the-week': /the\s+week/i,
  ago: AGO,
  'vague-ago': AGO,
  'anaphoric-period': /day|week|month|year/i,
  quarter: /quarter|half|period/i,
  'business-year': /year/i,
  'year-ago-period': /year-(?:ago|earlier)/i,
  season: /spring|summer|fall|autumn|winter/i,
  'reference-word': /now|current|present|days|recent|lately|past|future|term|soon|later\s+date|possible/i,
  counted: UNITS,
  adjectival: UNITS,
  'vague-plural': UNITS,
  long: UNITS,
  'reporting-period': /months/i,
  'half-hour': /half/i,
  'vague-duration': /while|time|period/i,
  every: /every|each|per\b/i,
  'every-named': /every|each/i,
  adverb: /ly\b/i,
  'per-unit': /\b(?:a|an|per)\s+(?:hour|day|week|month|year)/i,
};
