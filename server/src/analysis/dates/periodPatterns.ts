/** Patterns for weeks, months and years named relative to now or to a date just mentioned: "last year", "earlier this month", "the weekend", "July last year", "the following year". */
import { addDays, formatWeek, formatYm, formatYmd, parseYmd } from './calendar';
import { weekendShift } from './captionWeekend';
import { dayMentionedBefore } from './dayMentioned';
import { MONTH_RE, MONTH_WORD_RE, monthOf, TO_END_POINT, unitOf, type Unit } from './lexicon';
import { capitalized, type Pattern, whole, wordRe } from './patternTypes';
import { BEFORE_OR_AFTER_AT_END, EDGE, latestQuarter, LONG_PERIOD, offsetOf, sentenceAt } from './periodCommon';
import { shiftRef, shiftValue, truncateValue, yearForMonth } from './resolveRelative';

const PERIOD = '(week|weekend|fortnight|month|year|quarter|decade|century)';

/** True when "last year" at `at` ends a comparison of amounts ("from $4 million last year") in a sentence about a quarter. */
function quarterComparison(text: string, at: number, end: number): boolean {
  const sentence = sentenceAt(text, at);
  if (!/quarter|latest\s+period/i.test(sentence) || LONG_PERIOD.test(sentence)) return false;
  const before = text.slice(Math.max(0, at - 60), at);
  // "… against last year's $2.3 billion"
  if (/\b(?:compared\s+with|from|versus|against)\s+$/i.test(before) && /^['’]s\s+[$#€£¥]/.test(text.slice(end, end + 5))) return true;
  return /\b(?:compared\s+with|from|versus|against)\b[^.;]*[$#€£¥%\d]/i.test(before);
}

const WEEKEND_OF_DAYS = new RegExp(`^\\s+of\\s+(?:${MONTH_WORD_RE})\\s+\\d{1,2}\\b`, 'i');

/** A word of extent before a span of time: "over the past decade", "throughout the last decade". */
const SPAN_BEFORE = /\b(?:over|for|during|throughout|across|within|through)\s+$/i;

/** "before"/"after" and the comma that close a sentence's opening phrase: "The year before, …". */
const BEFORE_OR_AFTER_OPENING = /^\s+(before|after)(?=\s*,)/i;

export const periodPatterns: Pattern[] = [
  {
    // "last year", "this week", "next month", "earlier this month", "early next year", "late last week", "the coming year"
    name: 'relative-period',
    re: wordRe(`(${EDGE})?(last|this|next|past|coming|current|the\\s+past|the\\s+coming|the\\s+next|the\\s+current|the\\s+last|this\\s+past|this\\s+coming)\\s+${PERIOD}`),
    build(m, text) {
      // "ABC's \"This Week\"": a capitalized period word mid-sentence makes a title, not a date.
      if (/^\p{Lu}\p{Ll}/u.test(m[3])) return null;
      const det = m[2].toLowerCase().replace(/\s+/g, ' ');
      const unit = unitOf(m[3]) as Unit;
      // "the last week of talks", "the last year of his term": the final one of something, not the one before now.
      if (det === 'the last' && /^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      // "over the past fortnight", "last fortnight": the two weeks up to now (or from now), which no calendar unit names.
      if (/^fortnight$/i.test(m[3])) return m[1] ? null : whole(m, () => ({ type: 'duration', value: 'P2W', relative: false }));
      // "the past year", "the coming year": a span of time counted from now.
      // "the past year" is annotated as last year's date; "the past month", "the coming week" as spans of time.
      if (/^(?:the past|past)$/.test(det) && !m[1] && unit === 'Y') {
        return whole(m, (ctx) => ({ type: 'date', value: String(ctx.ref.y - 1), relative: true }));
      }
      // "the past decade" is the stretch of ten years up to now ("China has built more solar capacity in the past
      // decade than any other country", "over the past decade"); "the last decade" is that stretch after a word of
      // extent ("over the last decade"), else the decade before this one ("inflation in the last decade", as
      // TimeBank values it).
      if (unit === 'DE' && !m[1] && /^(?:the past|past|the last|last)$/.test(det)) {
        const stretch = /past$/.test(det) || SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
        return whole(m, (ctx) => stretch ? { type: 'duration', value: 'P10Y', relative: false } : { type: 'date', value: shiftRef(ctx.ref, -1, 'DE'), relative: true });
      }
      // "reopened the next year", "left the next month": in a past narrative after a date, counted from that date, as
      // "the following year" is; "in the next year", "over the next month" stay the coming stretch.
      const narrative = det === 'the next' && !m[1] && (unit === 'Y' || unit === 'M')
        && !/\b(?:in|over|within|during|for|throughout|by)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
      if (narrative) {
        const ahead = unit === 'Y' ? null : { type: 'duration' as const, value: `P1${unit}`, relative: false };
        return whole(m, (ctx) => {
          const base = ctx.tense === 'past' && ctx.last ? truncateValue(ctx.last, unit) : null;
          const v = base && shiftValue(base, 1, unit);
          if (v) return { type: 'date', value: v, relative: true };
          return ahead ?? { type: 'date', value: shiftRef(ctx.ref, 1, unit), relative: true };
        });
      }
      // "over the next decade", "within the next month": a span; but "the next year (or so)" is next year.
      if ((/^(?:the past|past|the coming|coming)$/.test(det) || (det === 'the next' && unit !== 'Y')) && !m[1] && unit !== 'WE') {
        return whole(m, () => ({ type: 'duration', value: unit === 'DE' ? 'P10Y' : unit === 'CE' ? 'P100Y' : `P1${unit === 'Q' ? 'Q' : unit}`, relative: false }));
      }
      const offset = offsetOf(det);
      // "sales rose to $5 million in the quarter from $4 million last year": in an earnings comparison of quarters,
      // "last year" is the same quarter a year before.
      if (det === 'last' && unit === 'Y' && !m[1] && quarterComparison(text, m.index, m.index + m[0].length)) {
        return whole(m, (ctx) => ({ type: 'date', value: shiftValue(latestQuarter(ctx), -1, 'Y') ?? String(ctx.ref.y - 1), relative: true, anchor: false }));
      }
      return whole(m, (ctx) => ({ type: 'date', value: shiftRef(ctx.ref, offset, unit), relative: true }));
    },
  },
  {
    // "by mid-century", "by the middle of the century", "before the end of this century": a part of the current
    // century, as climate and development targets name it (the century of "this century", with its edge inside the
    // span as TimeBank keeps "the end of" inside).
    name: 'edge-of-century',
    re: wordRe('(?:mid-|the\\s+(?:middle|end|second\\s+half|first\\s+half)\\s+of\\s+(?:the|this)\\s+)century'),
    build(m, text) {
      // "mid-century modern furniture" is a style ("century-old" the word boundary keeps out).
      if (/^mid-/i.test(m[0]) && /^\s+(?:modern|style|design|furniture|architecture|home|house)\b/i.test(text.slice(m.index + m[0].length))) return null;
      return whole(m, (ctx) => ({ type: 'date', value: shiftRef(ctx.ref, 0, 'CE'), relative: true }));
    },
  },
  {
    // "by the end of the decade", "through the middle of the decade": a part of the decade in question, which TimeML
    // values as the decade (TimeBank keeps "the end of" inside the span, as for "the end of this decade"). Looking back
    // after a year ("In 1995, …; by the end of the decade, …") that year's decade; else the current one, as targets
    // name it.
    name: 'edge-of-decade',
    re: wordRe('the\\s+(?:end|middle|start|beginning|close|turn|rest|second\\s+half|first\\s+half)\\s+of\\s+the\\s+decade'),
    build(m) {
      return whole(m, (ctx) => {
        const year = ctx.tense === 'past' && ctx.last && /^\d{4}/.test(ctx.last) ? +ctx.last.slice(0, 4) : ctx.ref.y;
        return { type: 'date', value: shiftRef({ ...ctx.ref, y: year }, 0, 'DE'), relative: true };
      });
    },
  },
  {
    // "the weekend", "this weekend" handled above; bare "the weekend"
    name: 'the-weekend',
    re: wordRe('(?:over\\s+)?the\\s+weekend'),
    build(m, text) {
      // "the weekend of March 7-8": the weekend its days name, which are marked themselves; not this weekend.
      if (WEEKEND_OF_DAYS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
      const start = m.index + (m[0].toLowerCase().startsWith('over') ? m[0].indexOf('the') : 0);
      const possessive = /^['’]s\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      return {
        start, end: m.index + m[0].length,
        resolve: (ctx) => ({ type: 'date', value: shiftRef(ctx.ref, weekendShift(ctx, possessive), 'WE'), relative: true }),
      };
    },
  },
  {
    // "July last year", "January this year", "last April", "next May", "last December"
    name: 'relative-month',
    re: wordRe(`(?:(${EDGE})?(last|next|this|this\\s+past|this\\s+coming)\\s+(${MONTH_RE})(?!\\s*\\d)|(${EDGE})?(${MONTH_WORD_RE})\\s+(?:of\\s+)?(last|this|next)\\s+year)`),
    priority: 2,
    build(m, text) {
      const monthWord = m[3] ?? m[5];
      if (!capitalized(monthWord)) return null;
      // "on 7 February last year": the day-month pattern takes the day, dated by the year after it.
      if (m[5] && !m[4] && /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const month = monthOf(monthWord);
      return whole(m, (ctx) => {
        if (m[5]) return { type: 'date', value: formatYm(ctx.ref.y + offsetOf(m[6]), month), relative: true, anchor: true };
        const det = m[2].toLowerCase().replace(/\s+/g, ' ');
        let y = ctx.ref.y;
        // "last April": the latest April before the reference month; "next May": the first May after it. The month
        // that has just ended is "last month" to a writer: "last February", written in March, is a year earlier
        // ("this past February" is the one just ended).
        if (det === 'last') y = month < ctx.ref.m - 1 ? ctx.ref.y : ctx.ref.y - 1;
        else if (det === 'this past') y = month < ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1;
        else if (det === 'next' || det === 'this coming') y = month > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1;
        // "this September": the month of the reference year, whatever the tense ("hopes to win seats this September").
        else y = ctx.ref.y;
        return { type: 'date', value: formatYm(y, month), relative: true, anchor: true };
      });
    },
  },
  {
    // "Until then, the shares remain convertible", "by then": "then" is the time just told, as "that day" is. Not
    // "since then" (a stretch of time from it, which news corpora leave unmarked) nor "then" alone (mostly "next").
    name: 'anaphoric-then',
    re: wordRe('(?:until|till|by)\\s+(then)'),
    build(m) {
      const start = m.index + m[0].length - m[1].length;
      return { start, end: m.index + m[0].length, resolve: (ctx) => {
        const last = ctx.last ?? ctx.previous;
        return last && /^\d{4}(?:-\d{2}){0,2}$|^\d{4}-(?:W\d{2}|Q[1-4]|H[12])$/.test(last) ? { type: 'date', value: last, relative: true, anchor: false } : null;
      } };
    },
  },
  {
    // "the year", "that year", "the same day", "the following month", "later that year", "earlier in the year"
    name: 'anaphoric-period',
    re: wordRe(`(${EDGE})?(that|the\\s+same|the\\s+following|the\\s+previous|the\\s+prior|the\\s+next|the)\\s+(day|week|month|year)(?![\\s-]+(?:ago|earlier|old|long))`),
    build(m, text) {
      const det = m[2].toLowerCase().replace(/\s+/g, ' ');
      const unit = unitOf(m[3]) as Unit;
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      // "left three dead the day before", "had formed the week before.": counted from the day just told; before a noun
      // ("the day before the vote") the anchor is an event with no date. Not months and years: "down from $450 million
      // the year before" compares figures, which TimeBank leaves unmarked.
      const relation = det === 'the' && !m[1] && (unit === 'D' || unit === 'W') ? BEFORE_OR_AFTER_AT_END.exec(text.slice(m.index + m[0].length)) : null;
      // "Last year's talks ran late. The year before, in Dubai, …": opening a sentence before a comma, a month or year
      // before or after is a time told from the last date, no comparison of figures.
      const opening = det === 'the' && !m[1] && (unit === 'M' || unit === 'Y') && /(?:^|[.!?]["”’]?)\s*$/.test(before) ? BEFORE_OR_AFTER_OPENING.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) : null;
      if (opening) {
        const offset = /before/i.test(opening[1]) ? -1 : 1;
        return { start: m.index, end: m.index + m[0].length + opening[0].length, resolve: (ctx) => {
          const last = ctx.last ?? ctx.previous;
          const base = last && truncateValue(last, unit === 'Y' ? 'Y' : 'M');
          const v = base && shiftValue(base, offset, unit);
          return v ? { type: 'date', value: v, relative: true } : null;
        } };
      }
      if (relation) {
        const offset = /before/i.test(relation[1]) ? -1 : 1;
        return { start: m.index, end: m.index + m[0].length + relation[0].length, resolve: (ctx) => {
          const day = dayMentionedBefore(ctx);
          const v = day && (unit === 'D' ? formatYmd(addDays(day, offset)) : formatWeek(addDays(day, 7 * offset)));
          return v ? { type: 'date', value: v, relative: true } : null;
        } };
      }
      // "the Year of the Snake", "the start of the Year of the Horse", "the Year of Culture and Tourism": a named year
      // (zodiac, theme), not the year in question.
      if (det === 'the' && m[3] === 'Year' && /^\s+of\b/.test(text.slice(m.index + m[0].length))) return null;
      if (det === 'the' && !m[1]) {
        // Bare "the year": only as a time reference ("in the year", "for the year"), not "the year's best".
        if (unit !== 'Y') return null;
        if (/^'s|^\s+(?:before|after|earlier|ago)/.test(text.slice(m.index + m[0].length))) return null;
        // "around the turn of the year": the boundary of two years, not the year in question (TimeBank leaves "the turn
        // of the century" unmarked too).
        if (/\bturn\s+of\s+$/i.test(before)) return null;
        // "the year ended March 31", "the year to March": twelve months up to a day, not the calendar year.
        if (/^\s+(?:ended|ending)\b/i.test(text.slice(m.index + m[0].length)) || TO_END_POINT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) || /\bover\s+$/i.test(before)) return whole(m, () => ({ type: 'duration', value: 'P1Y', relative: false }));
        if (!/\b(?:in|during|of|this|throughout|earlier|later|since|for)\s+$/i.test(before)) return null;
      }
      if (det === 'the next' && unit !== 'D') return null;
      const offset = /following|next/.test(det) ? 1 : /previous|prior/.test(det) ? -1 : 0;
      return whole(m, (ctx) => {
        // "The following month" and "the previous year" never count from now: with no date before them in the
        // paragraph, they count from the last date of the paragraphs before.
        const last = ctx.last ?? (offset !== 0 && det !== 'the next' ? ctx.previous : null);
        if (last) {
          // "The team lost on Saturday. The following week, …": the week after that Saturday's. "The same day" counts
          // from the last day told, past a year named since (see dayMentionedBefore).
          const lastDay = unit === 'D' ? dayMentionedBefore(ctx) : /^\d{4}-\d{2}-\d{2}/.test(last) ? parseYmd(last.slice(0, 10)) : null;
          if (unit === 'W' && lastDay) return { type: 'date', value: formatWeek(addDays(lastDay, 7 * offset)), relative: true };
          const base = unit === 'Y' ? truncateValue(last, 'Y') : unit === 'M' ? truncateValue(last, 'M') : unit === 'D' && lastDay ? formatYmd(lastDay) : null;
          if (base) {
            const v = offset ? shiftValue(base, offset, unit) : base;
            if (v) return { type: 'date', value: v, relative: true };
          }
        }
        if (det === 'the' && unit === 'Y') return { type: 'date', value: String(ctx.ref.y), relative: true };
        // "later in the day" with no day mentioned before: the day of the report.
        if (det === 'the' && unit === 'D') return { type: 'date', value: shiftRef(ctx.ref, 0, 'D'), relative: true };
        if (offset === 0 && unit !== 'D') return { type: 'date', value: shiftRef(ctx.ref, 0, unit), relative: true };
        // "that day", "the following day" with no day mentioned before in the block: the last day of the paragraphs
        // before, if any; else no value to give, so no mention.
        if (unit === 'D') {
          const day = dayMentionedBefore(ctx);
          return day ? { type: 'date', value: formatYmd(addDays(day, offset)), relative: true } : null;
        }
        return { type: 'date', value: shiftRef(ctx.ref, offset, unit), relative: true };
      });
    },
  },
];
