/** Shared pieces of the period patterns. */
import { MONTH_WORD_RE, WEEKDAY_FULL_RE } from './lexicon';
import type { ResolveContext } from './patternTypes';
import { shiftRef } from './resolveRelative';

/** Seasons of the year's round: of weather, of nature, of work the year brings back. */
const YEARLY_SEASON = '(?:rainy|dry|wet|flood|typhoon|hurricane|cyclone|monsoon|wildfire|bushfire|fire|tourist|fishing|hunting|breeding|migration|nesting|harvest|planting|sowing|pollen|allergy|flu)';

/**
 * A sentence that tells what happens again and again: "held twice a year in spring and autumn", "every year in
 * summer", "usually in winter", "The harvest typically begins in late September". A season or month without a year in
 * such a sentence recurs (TimeML sets `XXXX-SP`, `XXXX-09`). So does one told of a season of the year's round in the
 * simple present ("The rainy season runs from May to October", "The flood season lasts from June to September"), not
 * one year's ("This year's flood season lasts …", "The flood season will end in October").
 */
export const RECURRENCE = new RegExp(
  "\\b(?:every|each)\\s+(?:year|spring|summer|autumn|fall|winter)\\b|\\b(?:once|twice|(?:two|three|\\d+)\\s+times)\\s+a\\s+year\\b|\\b(?:annually|yearly|usually|typically|traditionally|normally|generally|often)\\b" +
  `|(?<!\\b(?:year|year['’]s|this|last|next)\\s+)\\b${YEARLY_SEASON}\\s+season\\s+(?:is|lasts|runs|peaks|begins|starts|ends|falls)\\b`, 'i');

/** Words of earnings reports, where "the quarter" and "a year ago" speak of fiscal quarters. */
export const FINANCIAL = /\b(?:cents\s+a\s+share|a\s+share|net\s+income|net\s+loss|profits?|earnings|revenues?|quarter|per\s+share)\b/i;

/**
 * "before"/"after" closing a clause: "the day before.", "the week after, when …", "called off the day before because
 * of high winds", "the day after in Geneva", "the night before, …": a conjunction or a preposition that cannot begin
 * the anchor's noun ("the day before the vote" counts from an event with no date).
 */
export const BEFORE_OR_AFTER_AT_END = /^\s+(before|after)(?=\s*[.,;:!?)]|\s+(?:and|but|when|while|as|to|because|amid|due|despite|in|at|until)\b)/i;

/** Edge modifiers TimeBank keeps inside the span: "early next year", "later this month", "the end of last week". */
export const EDGE = '(?:(?:early|late|mid|earlier|later|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of|the\\s+start\\s+of|the\\s+rest\\s+of)[\\s-]+(?:in\\s+)?)';

/** -1 for "last"/"past"/"previous", 1 for "next"/"coming"/"following", else 0. */
export function offsetOf(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:last|past|previous|the past|the previous|this past|the last|prior)$/.test(w)) return -1;
  if (/^(?:next|coming|following|the coming|the following|this coming|the next)$/.test(w)) return 1;
  return 0;
}

/** The most recent finished quarter (or the quarter just mentioned), the usual meaning of "the quarter" in earnings news. */
export function latestQuarter(ctx: ResolveContext): string {
  if (ctx.last && /^\d{4}-Q[1-4]$/.test(ctx.last)) return ctx.last;
  return shiftRef(ctx.ref, -1, 'Q');
}

/** Words of a company's accounts, whose quarters and halves may be fiscal ones. */
export const COMPANY_ACCOUNTS = /\b(?:a\s+share|per\s+share|net\s+(?:income|loss|profit)|profits?|earnings|revenues?|loss|fiscal|(?:its|their)\s+(?:\w+[\s-]+)?(?:quarter|half))\b/i;

/**
 * The year of a quarter or half (`code` Q or H, number `n`) told in the past tense without a year: one that has not
 * begun by the reference date is last year's ("Q4 revenue beat expectations" in January). In national statistics
 * (`calendar`: no company's accounts in the sentence) one still running has no figures to tell yet either ("H1 GDP
 * grew 5.3 percent" in January, "Sales rose in the first half" in March); a company's quarter may be a fiscal one
 * just ended ("its fourth quarter ended yesterday" in October), which news labels by the calendar year.
 */
export function pastPeriodYear(ref: { y: number; m: number }, code: string, n: number, calendar: boolean): number {
  const length = code === 'H' ? 6 : 3;
  const startMonth = (n - 1) * length + 1;
  // A calendar period still running has no figures to tell in the past ("Sales rose in the first half" in March):
  // that is the last one over.
  const running = calendar && startMonth + length - 1 >= ref.m;
  return startMonth > ref.m || running ? ref.y - 1 : ref.y;
}

/** After a quarter or half: the figures told about it ("Q4 results", "fourth-quarter GDP data", "H2 earnings"). */
export const REPORT_AFTER = /^[\s-]+(?:\p{L}+\s+)?(?:results|earnings|data|figures|numbers|reports?)\b/iu;

/**
 * The year of a quarter or half (`code` Q or H, number `n`) whose figures are told without a year, outside the past
 * tense: one that has not begun by the reference date but ended at most three months before it is last year's ("will
 * report Q4 results", "Fourth-quarter earnings season begins" in January: figures come after the period). Else this
 * year's, as `codeYear` has it for a quarter already over ("will report Q3 results" in November).
 */
export function reportedPeriodYear(ref: { y: number; m: number }, code: string, n: number): number {
  const length = code === 'H' ? 6 : 3;
  const startMonth = (n - 1) * length + 1;
  return startMonth > ref.m && ref.m + 12 - (startMonth + length - 1) <= 3 ? ref.y - 1 : ref.y;
}

/** Periods of an earnings report longer than a quarter. */
export const LONG_PERIOD = /\b(?:nine|six)\s+months|\bfirst\s+(?:half|(?:four|five|seven|eight|ten|eleven|\d{1,2})\s+months)|\b(?:fiscal|full)\s+year|\bfor\s+the\s+year\b/i;

/** The sentence of `text` around offset `at` (cut at ". ", "! ", "? "). */
export function sentenceAt(text: string, at: number): string {
  const before = text.slice(0, at);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1;
  const rest = /[.!?]\s/.exec(text.slice(at));
  return text.slice(from, rest ? at + rest.index + 1 : text.length);
}

/** The verb of the weekday a day or holiday falls on, up to the weekday: " is on a ", " falls on ", " fell on ". */
export const FALLS_ON_RE = "\\s+(?:is|was|falls|fell|will\\s+(?:fall|be))\\s+on\\s+(?:a\\s+)?";

/**
 * A year named right after a day or a holiday, which dates it: "on Nov. 15 last year", "from Feb. 7 to 14 last
 * year", "the Chinese New Year in 2025", "the Spring Festival of 2024". `after` is the text after the expression; the
 * result is the year for a reference year, or null. Not a possessive ("on March 3 last year's champion …").
 */
export function yearNamedAfter(after: string): ((refYear: number) => number) | null {
  const x = YEAR_AFTER.exec(after);
  if (!x) return null;
  if (x[2]) return () => +x[2];
  const offset = offsetOf(x[1]);
  return (refYear) => refYear + offset;
}
// The weekday or day a day or holiday falls on may stand between: "Christmas falls on a Thursday this year", "Grain
// Rain falls on April 20 this year".
const YEAR_AFTER = new RegExp(`^(?:\\s*(?:-|–|to|and|through|until)\\s*\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:${FALLS_ON_RE}(?:${WEEKDAY_FULL_RE}|${MONTH_WORD_RE}\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH_WORD_RE}\\b\\.?))?(?:\\s+(last|this|next)\\s+year\\b(?!['’])|\\s+(?:in|of)\\s+((?:19|20)\\d\\d)\\b)`, 'i');

/**
 * "Last year's summit was held in Lima in November", "In 2015, the firm moved to Shanghai on March 3", "The 2027
 * summit will open on March 3": a month or day named without a year after a plain year in the same sentence is in that
 * year when the tense agrees with it. A sentence that looks ahead takes a year that is not over ("In 2027, …
 * will open on March 3"); one that looks back a year that has begun. A year on the other side of the article's date
 * names something else ("the 2030 target was set in March", "founded in 1998, it will list on March 3").
 */
export function sentenceYearOf(ctx: ResolveContext): number | undefined {
  const y = ctx.sentenceYear;
  if (y === undefined) return undefined;
  const ahead = ctx.tense === 'future' || ctx.willGoverned;
  return ahead ? (y >= ctx.ref.y ? y : undefined) : ctx.tense === 'past' && y > ctx.ref.y ? undefined : y;
}

/**
 * The year of a holiday or festival named without one in a framed story: the sentence's own year ("That year, the
 * Spring Festival holiday lasted eight days"), or, told in the past, the year that opened the sentence before ("Last
 * year, travel boomed. The Spring Festival holiday then lasted eight days"). A holiday recurs every year, so the
 * nearest one to the article date is only a guess the frame overrules.
 */
export function framedYearOf(ctx: ResolveContext): number | undefined {
  return sentenceYearOf(ctx) ?? (ctx.tense === 'past' && !ctx.willGoverned ? ctx.frameYear : undefined);
}

/**
 * The year of a full date right after a holiday, which is that holiday's: "National Day parades on Oct. 1, 2009",
 * "Christmas celebrations on Dec. 25, 2019", "the first National Day parade was held on Oct. 1, 1949", "on National
 * Day, Oct. 1, 2019", "Easter fell on April 20 in 2025" (the year may follow the day with "in"). At most two lower-case
 * words between, or four before "on".
 */
export function yearOfDateAfter(after: string): number | undefined {
  const x = DATE_AFTER.exec(after);
  // A capitalized word between opens another clause, whose date is not the holiday's: "Sales peaked before Christmas,
  // Alibaba reported on Jan. 8, 2020". Tested here, without the "i" the month names need, under which \p{Ll} and
  // \p{Lu} match letters of either case.
  return x && !/\p{Lu}/u.test(x[1]) ? +x[2] : undefined;
}
const DATE_AFTER = new RegExp(`^,?((?:\\s+\\p{L}+){0,2}\\s+|(?:\\s+\\p{L}+){0,4}\\s+on\\s+)(?:${MONTH_WORD_RE}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_WORD_RE}\\.?)(?:,?\\s+|\\s+in\\s+)((?:19|20)\\d\\d)\\b`, 'iu');

/**
 * The length of "every "/"each " right before `index` ("every Christmas", "each Spring Festival"), else 0: a holiday
 * named so recurs, a set.
 */
export function everyBefore(text: string, index: number): number {
  return /\b(?:every|each)\s+$/i.exec(text.slice(Math.max(0, index - 8), index))?.[0].length ?? 0;
}
