import type { DateMention, ReferenceDate, Sentence, Token } from '../types';
import { parseYmd } from './calendar';
import { dayBeforeOrAfter } from './dayBeforeAfter';
import { dayMovedTo, movedTo } from './movedDay';
import type { ResolveContext } from './patternTypes';
import { scanCandidates } from './scanCandidates';
import { selectCandidates } from './selectCandidates';
import { inSplitYear, type SplitYear } from './splitYearMonth';
import { type Headline, pastVerbAfterOpening, pastVerbGoverns, tenseFinder, willAfterReportedOpening, willGoverns } from './tense';
import { weekdaysMarkingDays } from './weekdayMarksDay';
import { quotedDeicticsOnSpeechDay } from './quotedDeictics';
import { reactionsAfterCaptionDay } from './reactionAfterCaptionDay';
import { pinnedValue, pinWeekday, type ToldWeekdays } from './toldWeekdays';

const UNKNOWN_REF = { y: 0, m: 1, d: 1 };
const POSSESSIVE = /\w['’]s$/;
/** A noun opening a sentence and the "on" of a weekday that qualifies it: "The launch on ", "The vote on ". */
const SUBJECT_ON = /^\s*(?:The|This|That)\s+[a-z][\w-]*\s+on\s+$/;

/**
 * Finds the temporal expressions of one block of an article and normalizes them to TIMEX3 values, resolving relative and
 * underspecified ones ("on Wednesday", "last year", "in December") against the reference date and the tense of their
 * sentence. Offsets are relative to `text`; `tokens` and `sentences` are the block's (used for tense only, so shifted
 * token boundaries do no harm).
 */
export function findDates(text: string, tokens: Token[], sentences: Sentence[], ref: ReferenceDate): DateMention[] {
  return findDatesAfter(text, tokens, sentences, ref, null).dates;
}

/**
 * The dates of a block and the anchor it leaves for the next block: the last date an anaphor ("that day") may refer
 * to, after a space the last day told when a coarser date (a year, a month) followed it ("1949 2026-11-20": "made
 * landfall Friday. ¶ It was the strongest since 1949. ¶ … the same day" is Friday), and after another, behind "w:",
 * the weekdays the article pinned to days so far (see `ToldWeekdays`). Opaque to the caller.
 */
export interface BlockDates { dates: DateMention[]; anchor: string | null }

/** The date, the day and the pinned weekdays a block's anchor holds (see BlockDates). */
function readAnchor(anchor: string | null): { date: string | null; day: string | null; told: ToldWeekdays } {
  if (!anchor) return { date: null, day: null, told: '' };
  const [date, ...rest] = anchor.split(' ');
  const day = rest.find((p) => FULL_DAY.test(p)) ?? (FULL_DAY.test(date) ? date : null);
  return { date, day, told: rest.find((p) => p.startsWith('w:'))?.slice(2) ?? '' };
}

/** The anchor a block leaves (see BlockDates): its last date, the last day told if that is coarser, the pinned weekdays. */
function writeAnchor(date: string, day: string | null, told: ToldWeekdays): string {
  return [date, ...(day && day !== date && !FULL_DAY.test(date) ? [day] : []), ...(told ? [`w:${told}`] : [])].join(' ');
}
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The dates of a clause after a dated month or day run forward from it ("will open in December 2026 and close on
 * Jan. 4"): a day its year (`from`'s) put before it is in the year after. Only when told in that order ("and", "to",
 * "until" `between` them); "ended on Feb. 2, 2024, after they began on Jan. 5" goes back.
 */
function forwardFrom(value: string, from: string, between: string): string {
  if (!/\b(?:and|then|to|until|till|through)\b/i.test(between) || /\b(?:after|before|since|when|while|once)\b/i.test(between)) return value;
  const before = /^\d{4}-\d{2}/.test(value) && value.startsWith(from.slice(0, 4)) && value.slice(0, from.length) < from.slice(0, value.length);
  return before ? `${+value.slice(0, 4) + 1}${value.slice(4)}` : value;
}

/**
 * `findDates` for a block that follows others: `anchor` is the last date the blocks before it left (see `BlockDates`),
 * so that "The next day, …" at the start of a paragraph counts from a date in the paragraph before. `headline`: a
 * title (or subhead) or caption, whose present tense tells the past or, for a title's verbs of schedule, the nearer day.
 */
export function findDatesAfter(text: string, tokens: Token[], sentences: Sentence[], ref: ReferenceDate, anchor: string | null, headline: Headline = null): BlockDates {
  const refDate = parseYmd(ref.value);
  const chosen = selectCandidates(scanCandidates(text));
  const out: DateMention[] = [];
  if (!chosen.length) return { dates: out, anchor };
  const before = readAnchor(anchor);
  const tenseAt = tenseFinder(tokens, sentences, headline);
  const captionRef = ref.source === 'caption';
  let last: string | null = null;
  let lastDay: string | null = null;
  // The year a plain year or "last year" named earlier in the same sentence, when it frames what follows: at the
  // sentence's start ("In 2015, …", "Last year, …"), as a possessive ("Last year's summit …"), or in the same clause
  // (no comma between). One inside a relative clause ("a plan adopted in 1994 that …, the club had signed … through
  // Sept. 29") frames nothing after the comma.
  let sentenceYear: { y: number; end: number; frames: boolean; opening: boolean; ahead: boolean; from?: string; split?: SplitYear } | undefined;
  // The year that opened the sentence before ("Last year, …"), which may still frame a story told on (see framedYearOf).
  let frameYear: number | undefined;
  let sentence = -1;
  // The last day told in the current sentence (see dayMovedTo).
  let sentenceDay: string | null = null;
  // The weekdays pinned to days so far, in the blocks before and this one (see toldWeekdays).
  let told = before.told;
  const sentenceEnds = sentences.map((s) => tokens[s.endToken - 1]?.end ?? 0);
  for (const c of chosen) {
    let si = sentence < 0 ? 0 : sentence;
    while (si < sentenceEnds.length - 1 && sentenceEnds[si] <= c.start) si++;
    if (si !== sentence) { frameYear = si === sentence + 1 && sentenceYear?.opening ? sentenceYear.y : undefined; sentence = si; sentenceYear = undefined; sentenceDay = null; }
    // A past verb right before the expression ("passed the House on Thursday") decides its tense, whatever is nearer.
    // So does a past clause after a comma closing a phrase that opens the sentence ("On Dec. 24, the ship sank").
    const firstToken = sentence >= 0 && sentences[sentence] ? sentences[sentence].firstToken : 0;
    const pastGoverned = pastVerbGoverns(tokens, c.start) || pastVerbAfterOpening(tokens, firstToken, c.start, c.end);
    // "She said that on Friday, the team will fly to Doha": the reported clause's "will" decides, not the saying.
    const tense = pastGoverned ? 'past' : willAfterReportedOpening(tokens, c.start, c.end) ? 'future' : tenseAt(c.start, c.end);
    const willGoverned = !pastGoverned && willGoverns(tokens, c.start);
    const frame = sentenceYear && (sentenceYear.frames || !/[,;:]/.test(text.slice(sentenceYear.end, c.start))) ? sentenceYear : undefined;
    // Looking ahead, only a year that sets the scene frames: "In 2027, …", "The 2027 summit will open on March 3";
    // not a target's ("aims to peak by 2030 and will publish its plan in March").
    const framed = frame && (frame.ahead || (tense !== 'future' && !willGoverned)) ? frame.y : undefined;
    const ctx: ResolveContext = { ref: refDate ?? UNKNOWN_REF, tense, last, previous: last ?? before.date, previousDay: before.day, lastDay, pastGoverned, willGoverned, captionRef, sentenceYear: framed, frameYear };
    const r = c.resolve(ctx);
    if (!r) continue;
    let value = r.value;
    // The possessive ending is not part of a TIMEX3 extent ("Friday's meeting" → "Friday").
    const possessive = POSSESSIVE.test(text.slice(c.start, c.end));
    const end = possessive ? c.end - 2 : c.end;
    const extent = text.slice(c.start, end);
    // "The rocket will lift off next Tuesday. … Tuesday's launch": the day the article pinned the weekday to.
    // It names an event as a possessive ("Tuesday's launch") or in the noun phrase that opens its sentence ("The launch
    // on Tuesday was delayed"), where the tense of the clause is not the weekday's.
    const sentenceStart = sentence >= 0 && sentences[sentence] ? tokens[sentences[sentence].firstToken]?.start ?? 0 : 0;
    const namesEvent = possessive || /^['’]s\b/.test(text.slice(end, end + 3)) || SUBJECT_ON.test(text.slice(sentenceStart, c.start));
    const pinned = r.type !== 'duration' && refDate ? pinnedValue(told, extent, value, refDate, { namesEvent, tense, pastGoverned, willGoverned }) : null;
    if (pinned) value = pinned;
    const from = ctx.sentenceYear !== undefined && sentenceYear?.from;
    if (from && r.relative && r.type === 'date') value = forwardFrom(value, from, text.slice(sentenceYear!.end, c.start));
    const split = ctx.sentenceYear !== undefined && sentenceYear?.split;
    if (split && r.relative && r.type === 'date') value = inSplitYear(value, split, text.slice(sentenceYear!.end, c.start));
    if (!refDate && r.relative && !/_REF$/.test(value)) value = r.type === 'time' ? 'XXXX-XX-XXTXX:XX' : 'XXXX-XX-XX';
    // "the day after last Friday's vote": one expression, a day off the day named.
    const nextTo = r.type === 'date' ? dayBeforeOrAfter(text, c.start, value) : null;
    const start = nextTo?.start ?? c.start;
    if (nextTo) value = nextTo.value;
    // "The match, postponed on Sunday, was moved to Tuesday": the new day counts from the day of the decision.
    const moved = sentenceDay && r.type === 'date' && movedTo(tokens, c.start) ? dayMovedTo(extent, value, sentenceDay) : null;
    if (moved) value = moved;
    while (out.length && out[out.length - 1].end > start) out.pop();
    // "the night before Sunday's vote": a part of the day next to a day is a time.
    const type = nextTo?.type ?? r.type;
    out.push({ start, end, text: text.slice(start, end), type, value, relative: r.relative || !!nextTo || !!pinned, origin: 'detected' });
    if (!nextTo && refDate) told = pinWeekday(told, extent, value, pastGoverned || willGoverned);
    if (r.type === 'date' && /^\d{4}$/.test(value) && r.frames !== false) {
      // A split year or a season opens the sentence with its article too: "In the 2024-25 season, …", "In the last
      // typhoon season, …".
      const opening = !/\S/.test(text.slice(sentence >= 0 && sentences[sentence] ? tokens[sentences[sentence].firstToken].start : 0, c.start).replace(r.split || /^(?:last|this|next)\s/i.test(extent) ? /^\s*(?:(?:in|during|since|by)\s+)?(?:the\s+)?/i : /^\s*(?:in|during|since|by)\s+/i, ''));
      const deadline = /\b(?:by|before|until|till|through)\s+$/i.test(text.slice(Math.max(0, c.start - 10), c.start));
      const attributive = /^\s+(?!(?:and|or|but|to|in|on|at|by|for|with|as|when|while|if|after|before|than|from|under|that|which|is|was|will)\b)\p{L}/iu.test(text.slice(end, end + 12));
      sentenceYear = { y: +value, end, frames: opening || /^['’]s\b/.test(text.slice(end, end + 3)), opening, ahead: !deadline && (opening || attributive), split: r.split };
    } else if (r.type === 'date' && !r.relative && /^\d{4}-\d{2}/.test(value) && r.frames !== false) {
      // "will open in September 2026 and close on Oct. 4": a month or day printed with its year frames the days of
      // its clause (no comma between) as a plain year does.
      sentenceYear = { y: +value.slice(0, 4), end, frames: false, opening: false, ahead: true, from: value };
    }
    if (r.anchor !== false && /^\d{4}/.test(value) && type === 'date') last = value;
    else if (type === 'time' && /^\d{4}-\d{2}-\d{2}/.test(value)) last = value.slice(0, 10);
    if (last && FULL_DAY.test(last)) lastDay = last;
    if (r.type === 'date' && FULL_DAY.test(value)) sentenceDay = value;
  }
  weekdaysMarkingDays(text, out);
  if (captionRef && refDate) reactionsAfterCaptionDay(text, sentenceEnds, out, refDate);
  if (refDate) quotedDeicticsOnSpeechDay(text, sentenceEnds, out, refDate);
  const date = last ?? before.date;
  if (!date || (!last && told === before.told)) return { dates: out, anchor };
  return { dates: out, anchor: writeAnchor(date, last ? lastDay ?? before.day : before.day, told) };
}
