import { typeOfValue } from '../analysis/dates/timexValue';
import type { DateMention, EntityType, Quote, RawMention, Span, Speaker } from '../analysis/types';
import { ENTITY_TYPES } from '../analysis/types';
import { clampSpan, type Decision } from './decision';

/**
 * Merging saved decisions over the detectors' output. Pure functions, called by the pipeline.
 * A decision governs exactly its span: `none` removes a detection on that very span, a label confirms,
 * retypes or adds a span there (removing detections of the same layer that overlap it). Orphans do nothing.
 * Every decision is clamped into the text first, so nothing returned points outside it.
 */

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const byPosition = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
const isEntityType = (l: string): l is EntityType => (ENTITY_TYPES as readonly string[]).includes(l);

/** The decisions that apply to `text`: not orphans, clamped inside it, non-empty; one per span, the latest (modified or created) winning. */
function live(text: string, decisions: readonly Decision[]): (Decision & Span)[] {
  const bySpan = new Map<string, Decision>();
  const ordered = [...decisions].sort((a, b) => (a.modified ?? a.created).localeCompare(b.modified ?? b.created));
  for (const d of ordered) {
    if (d.anchor === 'orphan') continue;
    const s = clampSpan(d, text.length);
    if (s.end <= s.start) continue;
    bySpan.set(`${s.start}:${s.end}`, { ...d, ...s });
  }
  return [...bySpan.values()];
}

/** Entity decisions, applied before linking. */
export function applyEntityDecisions(text: string, detected: readonly RawMention[], decisions: readonly Decision[]): RawMention[] {
  let out: RawMention[] = detected.map((m) => ({ ...m }));
  for (const d of live(text, decisions)) {
    if (d.label === 'none' || d.label === 'date' || d.label === 'quote') {
      // "not an entity" (or the span is a date/quote by decision): drop an entity detection on exactly this span
      out = out.filter((m) => !sameSpan(m, d));
      continue;
    }
    if (!isEntityType(d.label)) continue;
    const type = d.label;
    const same = out.find((m) => sameSpan(m, d));
    if (same) {
      const origin = same.type === type ? 'confirmed' : 'user';
      out = out.map((m) => (m === same ? { ...m, type, origin, score: 1 } : m));
    } else {
      out = out.filter((m) => !overlaps(m, d));
      out.push({ start: d.start, end: d.end, type, score: 1, origin: 'user' });
    }
  }
  return out.sort(byPosition);
}

/** Date decisions: `date` confirms or adds (value from `normalize`, else `XXXX-XX-XX`), `none` removes. */
export function applyDateDecisions(
  text: string,
  dates: readonly DateMention[],
  decisions: readonly Decision[],
  normalize: (span: Span & { text: string }) => DateMention | null,
): DateMention[] {
  let out: DateMention[] = dates.map((m) => ({ ...m }));
  for (const d of live(text, decisions)) {
    if (d.label === 'none') {
      out = out.filter((m) => !sameSpan(m, d));
      continue;
    }
    if (d.label !== 'date') continue;
    // A value the person set wins over the one computed, and is not relative to anything.
    const withValue = (m: DateMention): DateMention => (d.value === undefined ? m : { ...m, value: d.value, type: typeOfValue(d.value, m.type), relative: false });
    const same = out.find((m) => sameSpan(m, d));
    if (same) {
      out = out.map((m) => (m === same ? withValue({ ...m, origin: 'confirmed' }) : m));
      continue;
    }
    const spanText = text.slice(d.start, d.end);
    const n = normalize({ start: d.start, end: d.end, text: spanText });
    out = out.filter((m) => !overlaps(m, d));
    out.push(withValue(
      n
        ? { ...n, start: d.start, end: d.end, text: spanText, origin: 'user' }
        : { start: d.start, end: d.end, text: spanText, type: 'date', value: 'XXXX-XX-XX', relative: false, origin: 'user' },
    ));
  }
  return out.sort(byPosition);
}

/** Quote decisions: `quote` confirms or adds, `none` removes, a speaker body overrides the speaker. */
export function applyQuoteDecisions(
  text: string,
  quotes: readonly Quote[],
  decisions: readonly Decision[],
  resolveSpeaker: (name: string) => Speaker | null,
): Quote[] {
  let out: Quote[] = quotes.map((q) => ({ ...q }));
  for (const d of live(text, decisions)) {
    if (d.label === 'none') {
      out = out.filter((q) => !sameSpan(q, d));
      continue;
    }
    if (d.label !== 'quote') continue;
    const same = out.find((q) => sameSpan(q, d));
    let quote: Quote;
    if (same) {
      quote = { ...same, origin: 'confirmed' };
      out = out.filter((q) => q !== same);
    } else {
      quote = { start: d.start, end: d.end, text: text.slice(d.start, d.end), speaker: null, origin: 'user' };
      out = out.filter((q) => !overlaps(q, d));
    }
    if (d.speaker !== undefined && d.speaker.trim() !== '') {
      quote.speaker = clampSpeaker(text, resolveSpeaker(d.speaker) ?? speakerByName(text, quote, d.speaker));
    }
    out.push(quote);
  }
  return out.sort(byPosition);
}

/**
 * A speaker the resolver does not know: its nearest occurrence in the text outside the quote
 * (entity null), or, when the name does not occur, an empty span at the quote's end.
 */
function speakerByName(text: string, quote: Span, name: string): Speaker {
  let best: number | null = null;
  const distance = (i: number) => (i < quote.start ? quote.start - i : i - quote.end);
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    if (overlaps({ start: i, end: i + name.length }, quote)) continue;
    if (best === null || distance(i) < distance(best)) best = i;
  }
  if (best === null) return { start: quote.end, end: quote.end, text: '', entity: null, name };
  return { start: best, end: best + name.length, text: name, entity: null, name };
}

function clampSpeaker(text: string, s: Speaker): Speaker {
  const c = clampSpan(s, text.length);
  return c.start === s.start && c.end === s.end ? s : { ...s, ...c, text: text.slice(c.start, c.end) };
}
