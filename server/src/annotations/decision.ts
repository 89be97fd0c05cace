import { randomUUID } from 'node:crypto';
import type { Span, TagLabel } from '../analysis/types';

/** How sure we are that a decision still sits on the text it was made on. */
export type AnchorConfidence = 'exact' | 'fuzzy' | 'orphan';

/**
 * One saved user decision (one W3C annotation) in memory.
 * `start`/`end` are UTF-16 offsets into the article text (end exclusive); `exact`, `prefix`, `suffix`
 * are the TextQuoteSelector (up to CONTEXT_LENGTH characters of context each side).
 * An orphan keeps its selectors (so it can be re-anchored later) and a position clamped into the text.
 */
export interface Decision {
  /** `urn:uuid:…` */
  id: string;
  label: TagLabel;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** Canonical name of the speaker ("Set speaker" on a quote). */
  speaker?: string;
  /** TIMEX3 value a person set on a date ("Set the date's value…"), e.g. "2017-11-15". */
  value?: string;
  creator?: string;
  /** ISO 8601 with time zone. */
  created: string;
  modified?: string;
  anchor: AnchorConfidence;
}

export const CONTEXT_LENGTH = 32;

/** The TextQuoteSelector parts of `span` in `text` (context clipped at the text's edges). */
export function quoteSelectorAt(text: string, span: Span): { exact: string; prefix: string; suffix: string } {
  const { start, end } = clampSpan(span, text.length);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** The span forced inside `[0, length]` with `start <= end`. */
export function clampSpan(span: Span, length: number): Span {
  const clamp = (n: number) => Math.max(0, Math.min(length, Number.isFinite(n) ? Math.trunc(n) : 0));
  const start = clamp(span.start);
  const end = Math.max(start, clamp(span.end));
  return { start, end };
}

export interface NewDecision {
  label: TagLabel;
  start: number;
  end: number;
  speaker?: string;
  value?: string;
  creator?: string;
  /** Defaults to now. */
  created?: string;
  id?: string;
}

/** A fresh decision on `text` (selectors taken from the text, confidence 'exact'). */
export function makeDecision(text: string, d: NewDecision, now: () => Date = () => new Date()): Decision {
  const span = clampSpan(d, text.length);
  const decision: Decision = {
    id: d.id ?? newUrnUuid(),
    label: d.label,
    ...span,
    ...quoteSelectorAt(text, span),
    created: d.created ?? isoNow(now()),
    anchor: 'exact',
  };
  if (d.speaker !== undefined) decision.speaker = d.speaker;
  if (d.value !== undefined) decision.value = d.value;
  if (d.creator !== undefined) decision.creator = d.creator;
  return decision;
}

/** The decision moved to `span` of `text`, selectors refreshed from the text. */
export function relocate(text: string, decision: Decision, span: Span, anchor: AnchorConfidence): Decision {
  const s = clampSpan(span, text.length);
  return { ...decision, ...s, ...quoteSelectorAt(text, s), anchor };
}

/** The decision as an orphan: selectors kept, position clamped into the text. */
export function orphaned(decision: Decision, textLength: number): Decision {
  return { ...decision, ...clampSpan(decision, textLength), anchor: 'orphan' };
}

export function newUrnUuid(): string {
  return `urn:uuid:${randomUUID()}`;
}

/** ISO 8601 with an explicit time zone (`Z`), second precision. */
export function isoNow(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The decision with a new label, speaker and/or date value (`null` removes one), stamped `modified` now. */
export function reviseDecision(
  d: Decision,
  change: { label?: TagLabel; speaker?: string | null; value?: string | null; creator?: string },
  now: () => Date = () => new Date(),
): Decision {
  const out: Decision = { ...d, modified: isoNow(now()) };
  if (change.label !== undefined) out.label = change.label;
  if (change.creator !== undefined) out.creator = change.creator;
  if (change.speaker === null) delete out.speaker;
  else if (change.speaker !== undefined) out.speaker = change.speaker;
  if (change.value === null) delete out.value;
  else if (change.value !== undefined) out.value = change.value;
  return out;
}
