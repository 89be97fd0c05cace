import type { DateType } from '../types';
import type { Ymd } from './calendar';
import type { SplitYear } from './splitYearMonth';
import type { Tense } from './tense';

/** What a resolver knows: the reference date, the tense of the sentence, the last date mentioned before. */
export interface ResolveContext {
  ref: Ymd;
  tense: Tense;
  /** Value of the last date mentioned earlier in the block (anchor for "the year", "a year earlier"), or null. */
  last: string | null;
  /**
   * The last date mentioned before, in this block or the ones before, or null: only for anaphors that never count
   * from now ("The next day, …", "the following month", "the previous Friday" opening a paragraph). Others resolve
   * against the reference date across paragraphs, as TimeBank does (carrying every anchor over lowered value F1 from
   * 0.840 to 0.836).
   */
  previous?: string | null;
  /**
   * The last full day (YYYY-MM-DD) mentioned earlier in the block, even when a coarser date came after it: "made
   * landfall at 4:20 p.m. Friday. It was the strongest storm since 1949. … at 10:20 p.m. the same day" counts from
   * Friday; a year or month named in passing moves no story to another day. Null when no day was mentioned.
   */
  lastDay?: string | null;
  /** The last full day the blocks before told (YYYY-MM-DD), even when a year or month came after it, or null. */
  previousDay?: string | null;
  /** True when a past-tense verb right before the expression governs it ("took office in January"): see `pastVerbGoverns`. */
  pastGoverned?: boolean;
  /** Whether "will" (or "going to") governs the expression from close before it: its month and day lie ahead. */
  willGoverned?: boolean;
  /** The year of a plain year ("2015", "last year") named earlier in the same sentence, if any. */
  sentenceYear?: number;
  /** The year that opened the sentence before ("Last year, …", "In 2019, …"), if any: see `framedYearOf`. */
  frameYear?: number;
  /**
   * True when the reference date is a photo caption's: the day the photo was taken, on or before the day the article
   * was written, so a past weekday may be the day after it ("Results released early Monday" under Sunday's photo).
   */
  captionRef?: boolean;
}

export interface Resolved {
  type: DateType;
  value: string;
  /** True when the value depends on the reference date or an earlier mention. */
  relative: boolean;
  /** True when the value may serve as an anchor for later anaphoric expressions. */
  anchor?: boolean;
  /**
   * False when a year does not frame the months and days named after it in its sentence (see `sentenceYear`): a fiscal
   * year straddles two calendar years ("The FY2026 budget was approved in March" in 2025 is of March 2025).
   */
  frames?: boolean;
  /** A split year ("the 2024-25 season", valued by its first year): the months after it that fall in its later year. */
  split?: SplitYear;
}

/** A match of one pattern: its span (relative to the scanned text) and how to compute its value. */
export interface Candidate {
  start: number;
  end: number;
  /** Higher wins between equally long overlapping candidates. */
  priority: number;
  resolve(ctx: ResolveContext): Resolved | null;
}

export interface Pattern {
  name: string;
  /** Global, case-insensitive; word boundaries are the pattern's business. */
  re: RegExp;
  priority?: number;
  /** Builds the candidate for a match; null rejects it. May trim the span by returning other offsets. */
  build(m: RegExpExecArray, text: string): Omit<Candidate, 'priority'> | null;
}

/** Shorthand for a candidate covering the whole match. */
export function whole(m: RegExpExecArray, resolve: Candidate['resolve']): Omit<Candidate, 'priority'> {
  return { start: m.index, end: m.index + m[0].length, resolve };
}

/** Builds a global case-insensitive regex that only matches on word boundaries. */
export function wordRe(source: string): RegExp {
  // ASCII boundaries and no 'u' flag keep V8's fast paths; letters with diacritics next to a date word are rare.
  return new RegExp(`(?<![A-Za-z0-9\u00C0-\u024F'’-])${source}(?![A-Za-z0-9\u00C0-\u024F]|-[A-Za-z])`, 'gi');
}

/** True when the first letter of a word is upper-case (proper names: months, weekdays). */
export function capitalized(s: string | undefined): boolean {
  return !!s && /^\p{Lu}/u.test(s);
}
