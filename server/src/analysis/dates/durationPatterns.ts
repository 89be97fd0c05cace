/** Patterns for durations: "25 years", "the past two decades", "48 hours", "a five-year plan", "for weeks", "the first nine months". */
import { NUMBER_RE, numberValue, type Unit, unitOf, UNIT_RE } from './lexicon';
import { type Candidate, type Pattern, whole, wordRe } from './patternTypes';
import { offsetOf } from './periodCommon';

const APPROX = '(?:about|around|approximately|nearly|almost|over(?!\\s+(?:the|its|their|his|her|this|that|these|those)\\b)|more\\s+than|less\\s+than|fewer\\s+than|under|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|no\\s+less\\s+than|roughly|only|just|some|another|an\\s+additional|the\\s+full|a\\s+full|upwards\\s+of|close\\s+to|well\\s+over|a\\s+further|barely|each\\s+of\\s+the\\s+past)';
const FRAME = '(?:(?:the|its|their|his|her|a|this|that|these|those)\\s+)?(?:(?:past|last|next|first|previous|following|coming|final|latest|initial|remaining|recent|same|other|better\\s+part\\s+of\\s+the|entire|whole)\\s+)?';
const FILLER = '(?:(?:more|additional|full|straight|consecutive|trading|business|working|calendar|long|short|solid|whole|extra|further)\\s+)?';

/** TIMEX3 duration value for a number of units; vague numbers become `X`. */
export function durationValue(n: number | null, unit: Unit): string {
  const time = unit === 'S' || unit === 'MIN' || unit === 'H';
  const code = unit === 'MIN' ? 'M' : unit === 'WE' ? 'WE' : unit;
  if (n === null) {
    if (unit === 'DE') return 'PXDE';
    if (unit === 'CE') return 'PXCE';
    return `P${time ? 'T' : ''}X${code}`;
  }
  if (!Number.isInteger(n)) {
    // 2 1/2 years → P2Y6M, 1.5 hours → PT1H30M
    const whole = Math.floor(n), frac = n - whole;
    const sub: Record<string, [string, number]> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['H', 24], H: ['M', 60], MIN: ['S', 60] };
    const s = sub[unit];
    if (s) {
      const t = unit === 'D' ? 'T' : '';
      return `P${time ? 'T' : ''}${whole}${code}${t}${Math.round(frac * s[1])}${s[0]}`;
    }
  }
  if (unit === 'DE') return `P${n * 10}Y`;
  if (unit === 'CE') return `P${n * 100}Y`;
  if (unit === 'ML') return `P${n * 1000}Y`;
  if (unit === 'WE') return `P${n * 2}D`;
  // Quarters keep their own unit ("the past two quarters" → P2Q), as TimeBank and the relative periods do.
  if (unit === 'Q') return `P${n}Q`;
  return `P${time ? 'T' : ''}${n}${code}`;
}

/** Before "a day", "a week": a count that makes it a rate ("$5 a day", "four flights a week", "twice a year"). */
const RATE_BEFORE = /(?:\d|\b(?:once|twice|thrice|times|percent|million|billion|dollars|cents))\s+$|%\s*$|\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|hundreds?|dozens?|several|many|few)\s+\w+s\s+$/i;

/** After "a second": a word that makes "second" an ordinal (any word but one that can follow a length of time). */
const SECOND_BEFORE_NOUN = /^\s+(?!(?:and|or|to|before|after|ago|later|earlier|longer|more|in|on|at|of|as|then|when|while|the|too|so|now|until|till|for|with|without|from|into|if|because|each|every|per)\b)[\p{L}\d]/u;

/** What makes the "last" after it a verb: "to", a modal or "did"/"not", with at most one adverb between ("will also"). */
const LAST_AS_VERB_BEFORE = /\b(?:to|will|would|could|may|might|can|should|must|did|does|do|not|'ll|’ll)\s+(?:(?:also|only|still|again|just|even|now|probably|likely|\p{L}+ly)\s+)?$/iu;

/**
 * The duration `value` over the match, less a leading "last" that is the verb ("expected to last three days", "will
 * also last eight days", "The mission will last six months"), which is not part of the expression.
 */
function withoutLastVerb(m: RegExpExecArray, text: string, value: string): Omit<Candidate, 'priority'> {
  const verb = /^last\s+/i.exec(m[0]);
  const start = verb && LAST_AS_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) ? m.index + verb[0].length : m.index;
  return { start, end: m.index + m[0].length, resolve: () => ({ type: 'duration', value, relative: false }) };
}

/** Units a compound length may join, largest first ("two years and six months", "2 hours, 5 minutes and 30 seconds"). */
const COMPOUND_UNITS = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'];
const COMPOUND_PART = `(?:${NUMBER_RE})\\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)`;

/**
 * The one TIMEX3 value of a length told in several units, largest first: P2Y6M, PT2H5M30S, P3DT12H (weeks count as
 * days beside other units, which ISO 8601 does not mix with weeks); null when the units are not in falling order.
 */
export function compoundDurationValue(parts: { n: number; unit: Unit }[]): string | null {
  const ranks = parts.map((p) => COMPOUND_UNITS.indexOf(p.unit));
  if (ranks.some((r, i) => r < 0 || (i > 0 && r <= ranks[i - 1]))) return null;
  const amount = (u: Unit) => parts.find((p) => p.unit === u)?.n ?? 0;
  const days = amount('D') + 7 * amount('W');
  const date = [[amount('Y'), 'Y'], [amount('M'), 'M'], [days, 'D']].filter(([n]) => n).map(([n, c]) => `${n}${c}`).join('');
  const time = [[amount('H'), 'H'], [amount('MIN'), 'M'], [amount('S'), 'S']].filter(([n]) => n).map(([n, c]) => `${n}${c}`).join('');
  return `P${date}${time ? `T${time}` : ''}`;
}

export const durationPatterns: Pattern[] = [
  {
    // "two years and six months", "2 hours, 5 minutes and 30 seconds", "1 minute 52.3 seconds": one length in several
    // units, one expression with one value (not three durations), as race times and sentences are told.
    name: 'compound-duration',
    re: wordRe(`(?:${APPROX}\\s+)?${COMPOUND_PART}(?:(?:,\\s*|\\s+)(?:and\\s+)?${COMPOUND_PART}){1,2}`),
    priority: 1,
    build(m, text) {
      // "for 10 months, and 3 days later …", "two years and six months old": the last count belongs to what follows.
      if (/^\s+(?:ago|later|earlier|old|before|after|from\s+now)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      const parts: { n: number; unit: Unit }[] = [];
      for (const p of m[0].matchAll(new RegExp(`(${NUMBER_RE})\\s+(years?|months?|weeks?|days?|hours?|minutes?|seconds?)`, 'gi'))) {
        const n = numberValue(p[1]), unit = unitOf(p[2]);
        if (n === null || !unit) return null;
        parts.push({ n, unit });
      }
      // The approximating word may itself match a number ("some"): only the counted parts make the value.
      const value = compoundDurationValue(parts.slice(-Math.min(parts.length, 3)));
      return value ? whole(m, () => ({ type: 'duration', value, relative: false })) : null;
    },
  },
  {
    // "25 years", "the past two decades", "over six hours", "at least 20 more years", "a couple of years", "the next 6 to 9 months"
    name: 'counted',
    re: wordRe(`(?:${APPROX}\\s+)?${FRAME}(${NUMBER_RE})(?:\\s+and\\s+a\\s+half(?=\\s))?(?:\\s+(?:to|or|and)\\s+(${NUMBER_RE}))?\\s+${FILLER}(${UNIT_RE})(?:\\s+or\\s+so|\\s+and\\s+a\\s+half)?`),
    build(m, text) {
      const unit = unitOf(m[3]);
      if (!unit) return null;
      const numWord = m[1].toLowerCase();
      const plural = /s$/i.test(m[3]);
      const n = numberValue(numWord);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // Ages are not durations in TimeML ("37 years old").
      if (/^\s+old\b/i.test(after)) return null;
      // "a week" alone: a duration only after a word that measures time ("for a week", "nearly a month", "in a year");
      // "four flights a week", "a second group" are not.
      // So for "another": "extended for another year", not "another day of talks"; "for another straight quarter"
      // counts quarters in a row, no length.
      if (numWord === 'another' && /\b(?:straight|consecutive|successive|record)\b/i.test(m[0])) return null;
      if ((numWord === 'a' || numWord === 'an' || numWord === 'another') && /^(?:a|an|another)\s/i.test(m[0]) && !plural) {
        // … or after a verb granting time ("offered him a week", "as long as a month").
        const before = text.slice(Math.max(0, m.index - 24), m.index);
        // … or before "before"/"after", which measure the time between two events ("a week before the summit"), unless a
        // count makes it a rate ("$5 a day after tax", "four flights a week before March").
        const between = /^\s+(?:before|after)\b/i.test(after) && !RATE_BEFORE.test(before);
        if (!between && !/\b(?:for|within|over|about|around|nearly|almost|than|least|only|just|barely|half|after|in|took|take|takes|spent|lasted|last|lasts|whole|entire|full|long\s+as|gave\s+\w+|give\s+\w+|given|offered\s+\w+|allowed\s+\w+|granted\s+\w+)\s+$/i.test(before)) return null;
        if (/^(?:second|minute)$/i.test(m[3]) && !/\b(?:for|within|about|than|only|just|in)\s+$/i.test(before)) return null;
        // "submitted for a second reading", "in a second round", "for a second straight year": before a noun or an
        // adjective "second" is the ordinal, not a length of time.
        if (/^second$/i.test(m[3]) && SECOND_BEFORE_NOUN.test(after)) return null;
      }
      // "will one day be", "hopes he one day follows": "one day" as "some day" is a vague future, not a duration.
      if (/^one\s+day$/i.test(m[0]) && /\b(?:will|would|could|may|might|can|shall|'ll|must|should|he|she|they|we|i|you|it)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) {
        return whole(m, () => ({ type: 'date', value: 'FUTURE_REF', relative: true }));
      }
      // "one day" as "some day in the past" is not a duration; "the year" alone is not counted here.
      if (numWord === 'some' && !plural) return null;
      if (/^(?:many|several|few|a few|some|hundreds|thousands|dozens)$/.test(numWord) && !plural) return null;
      if (/^'s/.test(after) && !plural) return null;
      // "over a quarter of all sales", "three quarters of its staff": fractions, not time.
      // … but "the first three quarters of the year" are three quarters of time, as "the first nine months" are.
      if (unit === 'Q' && /^\s+of\s+(?:the|a|an|its|their|his|her|our|all|[\d$])/i.test(after) && !/\b(?:first|last|past|next|final|remaining)\s/i.test(m[0])) return null;
      // "the first two quarters of 2025": the half-year they make up, one date as "the first half of 2025" is (three
      // quarters make no calendar unit and stay a length, as "the first nine months of 2025" does).
      const halfOfYear = unit === 'Q' && n === 2 ? /^\s+of\s+(?:((?:19|20)\d\d)|(this|last|next)\s+year)\b/i.exec(after) : null;
      const edge = /\b(first|last|final)\s+(?:two|2)\s/i.exec(m[0])?.[1].toLowerCase();
      if (halfOfYear && edge) {
        const h = edge === 'first' ? 1 : 2;
        const rel = halfOfYear[2]?.toLowerCase();
        return {
          start: m.index, end: m.index + m[0].length + halfOfYear[0].length,
          resolve: (ctx) => ({ type: 'date', value: `${rel ? ctx.ref.y + offsetOf(rel) : halfOfYear[1]}-H${h}`, relative: !!rel }),
        };
      }
      // "quarter" needs a number or frame word ("two quarters", "the past two quarters").
      if (unit === 'Q' && n === null && !/^(?:several|few|a few)$/.test(numWord)) return null;
      // "three days and a half", "two and a half hours"
      const half = /\band\s+a\s+half\b/i.test(m[0]) ? 0.5 : 0;
      // A fortnight is counted in weeks: "in a fortnight" → P2W.
      const weeks = /^fortnight/i.test(m[3]) ? 2 : 1;
      const value = n === null ? durationValue(null, unit) : durationValue((n + half) * weeks, unit);
      return withoutLastVerb(m, text, value);
    },
  },
  {
    // "five-year", "two-day", "10-hour", "8-month-old", "decades-long", "a three-year period"
    name: 'adjectival',
    re: wordRe(`(?:(a|an|the)\\s+)?(${NUMBER_RE}|several|multi|decades|years|months)-(second|minute|hour|day|week|month|year|decade|century)(?:-(old|long))?(?:\\s+(period|span|stretch|term|stint))?`),
    build(m, text) {
      if (m[4] && m[4].toLowerCase() === 'old' && !/month|week|day/i.test(m[3])) return null; // ages: "a 52-year-old obstetrician"
      // "the 13th Five-Year Plan": capitalized inside a name, before another capitalized word, mid-sentence.
      const numStart = m.index + m[0].indexOf(m[2]);
      const before = text.slice(Math.max(0, numStart - 4), numStart).trimEnd();
      const sentenceStart = before === '' || /[.!?"“]$/.test(before);
      if (/^\p{Lu}/u.test(m[2]) && /^\p{Lu}/u.test(m[3]) && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length)) && !sentenceStart) return null;
      const unit = unitOf(m[3])!;
      const numWord = m[2].toLowerCase();
      const n = /^(?:several|multi|decades|years|months)$/.test(numWord) ? null : numberValue(numWord.replace(/-/g, ' '));
      const value = n === null ? (numWord === 'decades' ? 'PXY' : durationValue(null, unit)) : durationValue(n, unit);
      // The article belongs to the span only with a trailing head noun ("a three-year period").
      const start = m[1] && !m[5] ? m.index + m[0].indexOf(m[2], m[1].length) : m.index;
      return { start, end: m.index + m[0].length, resolve: () => ({ type: 'duration', value, relative: false }) };
    },
  },
  {
    // "for weeks", "years", "recent months", "the coming weeks", "the weeks ahead", "centuries", "weeks or even months"
    name: 'vague-plural',
    re: wordRe('(?:(?:the\\s+)?(?:recent|coming|past|last|next|previous|following|early)\\s+|the\\s+|(?:many|several|a\\s+few|few|some)\\s+)?(minutes|hours|days|weeks|months|years|decades|centuries)(?:\\s+ahead)?(?:\\s+or\\s+(?:even\\s+|perhaps\\s+|possibly\\s+)?(?:months|years|weeks|days))?'),
    build(m, text) {
      const unit = unitOf(m[1])!;
      const head = m[0].toLowerCase();
      const before = text.slice(Math.max(0, m.index - 10), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const framed = head !== m[1].toLowerCase();
      // "two years ahead of schedule": a count before the unit makes it the counted pattern's.
      if (/^(?:minutes|hours|days|weeks|months|years|decades|centuries)\s+ahead/.test(head) && /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|dozen|few|several|many))\s+$/i.test(before)) return null;
      if (!framed && !/\b(?:for|over|within|in|lasting|took|take|takes|spent|spend|after)\s+$/i.test(before)) return null;
      if (/^\s+of\b/i.test(after) && !framed) return null;
      // "in the years that followed": a stretch of time after the events told, without its article (as TimeBank marks it).
      if (/^the\s+(?:days|weeks|months|years|decades)$/.test(head) && /^\s+(?:that|which)\s+followed\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) {
        return { start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, resolve: () => ({ type: 'duration', value: unit === 'DE' ? 'PXDE' : durationValue(null, unit), relative: false }) };
      }
      if (/^the\s+(?:minutes|hours|days|weeks|months|years)$/.test(head) && /^\s+(?:of|when|that|since|before|after)\b/i.test(after)) return null;
      if (/^(?:early|the\s+early)\s/.test(head) && unit !== 'Y') return null;
      // "in recent years", "past years": the recent past as a time, not a length (TimeBank: PAST_REF).
      if (/^(?:recent|past)\s+(?:years|decades)$/.test(head)) return whole(m, () => ({ type: 'date', value: 'PAST_REF', relative: true }));
      const value = unit === 'DE' ? 'PXDE' : unit === 'CE' ? 'PXCE' : durationValue(null, unit);
      return whole(m, () => ({ type: 'duration', value, relative: false }));
    },
  },
  {
    // "decades-long", "day-long", "years-old", "a decade-long war" (not "a century-old temple", an age)
    name: 'long',
    re: wordRe('(decades|years|months|weeks|days|hours|day|week|month|year)-(?:long|old)|(decade|century)-long'),
    build(m) {
      const unit = unitOf(m[1] ?? m[2])!;
      const plural = /s$/i.test(m[1] ?? '');
      const value = plural ? (unit === 'DE' ? 'PXY' : durationValue(null, unit)) : durationValue(1, unit);
      return whole(m, () => ({ type: 'duration', value, relative: false }));
    },
  },
  {
    // "the nine months", "the first nine months", "the latest nine months", "the year-earlier nine months"
    name: 'reporting-period',
    re: wordRe('(?:the\\s+)?(?:(?:first|latest|last|year-earlier|year-ago|fiscal|comparable)\\s+)?(three|six|nine|3|6|9|twelve|12)\\s+months'),
    priority: 1,
    build(m, text) {
      return withoutLastVerb(m, text, `P${numberValue(m[1])!}M`);
    },
  },
  {
    name: 'half-hour',
    re: wordRe('(?:a|an)\\s+(?:hour|minute|day|year)\\s+and\\s+a\\s+half|(?:a\\s+)?half\\s+(?:an?\\s+)?(hour|day|year|century|decade)'),
    priority: 1,
    build(m) {
      const lower = m[0].toLowerCase();
      const unitWord = /(hour|minute|day|year|century|decade)/.exec(lower)![1];
      const unit = unitOf(unitWord)!;
      const n = lower.includes('and a half') ? 1.5 : 0.5;
      const value = n === 0.5
        ? ({ H: 'PT30M', D: 'PT12H', Y: 'P6M', CE: 'P50Y', DE: 'P5Y' } as Record<string, string>)[unit] ?? durationValue(null, unit)
        : durationValue(n, unit);
      return whole(m, () => ({ type: 'duration', value, relative: false }));
    },
  },
  {
    // "a minute and a half" style and "a while", "some time", "a long time"
    name: 'vague-duration',
    re: wordRe('(?:(?:for|in)\\s+)?(a\\s+while|some\\s+time|a\\s+long\\s+time|a\\s+short\\s+time|a\\s+long\\s+period|a\\s+fairly\\s+lengthy\\s+period)'),
    build(m) {
      const start = m.index + m[0].length - m[1].length;
      return { start, end: m.index + m[0].length, resolve: () => ({ type: 'duration', value: 'PXX', relative: false }) };
    },
  },
];
