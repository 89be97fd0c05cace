import type { Span, TagLabel, Token } from '../../analysis/types';

/** A labelled span one annotator gave. */
export interface LabelledSpan extends Span {
  label: TagLabel;
  speaker?: string;
}

export interface TypeAgreement {
  /** Spans both gave the same label (exact span). */
  both: number;
  onlyA: number;
  onlyB: number;
  /** F1 between the two (symmetric: 2·both / (|A| + |B|)). */
  f1: number;
}

export interface AgreementCounts {
  byType: Record<string, TypeAgreement>;
  /** Quotes both marked (same span) whose speakers agree / that both gave a speaker. */
  speakers: { agree: number; compared: number };
  /** Token label pairs for Cohen's kappa: [labelA, labelB] per token, one layer each. */
  entityTokens: [string, string][];
  quoteTokens: [string, string][];
}

const LABELS: TagLabel[] = ['person', 'organization', 'location', 'misc', 'date', 'quote'];

export function emptyCounts(): AgreementCounts {
  return { byType: {}, speakers: { agree: 0, compared: 0 }, entityTokens: [], quoteTokens: [] };
}

/** Adds one article's comparison to `acc` (folders sum over articles). `none` spans count as no label. */
export function compareArticle(acc: AgreementCounts, tokens: readonly Token[], a: readonly LabelledSpan[], b: readonly LabelledSpan[]): AgreementCounts {
  const key = (s: LabelledSpan) => `${s.start}:${s.end}:${s.label}`;
  for (const label of LABELS) {
    const ka = new Set(a.filter((s) => s.label === label).map(key));
    const kb = new Set(b.filter((s) => s.label === label).map(key));
    const t = (acc.byType[label] ??= { both: 0, onlyA: 0, onlyB: 0, f1: 0 });
    for (const k of ka) (kb.has(k) ? t.both++ : t.onlyA++);
    for (const k of kb) if (!ka.has(k)) t.onlyB++;
  }
  const quotesB = new Map(b.filter((s) => s.label === 'quote').map((s) => [key(s), s]));
  for (const qa of a.filter((s) => s.label === 'quote')) {
    const qb = quotesB.get(key(qa));
    if (!qb || qa.speaker === undefined || qb.speaker === undefined) continue;
    acc.speakers.compared++;
    if (qa.speaker.trim().toLowerCase() === qb.speaker.trim().toLowerCase()) acc.speakers.agree++;
  }
  const tokenLabel = (spans: readonly LabelledSpan[], t: Token, quotes: boolean) => {
    const s = spans.find((x) => (quotes ? x.label === 'quote' : x.label !== 'quote' && x.label !== 'none') && x.start < t.end && t.start < x.end);
    return s ? s.label : 'O';
  };
  for (const t of tokens) {
    acc.entityTokens.push([tokenLabel(a, t, false), tokenLabel(b, t, false)]);
    acc.quoteTokens.push([tokenLabel(a, t, true), tokenLabel(b, t, true)]);
  }
  return acc;
}

/** Fills in each type's F1. */
export function finish(acc: AgreementCounts): AgreementCounts {
  for (const t of Object.values(acc.byType)) {
    const d = 2 * t.both + t.onlyA + t.onlyB;
    t.f1 = d ? (2 * t.both) / d : 1;
  }
  return acc;
}

/** Cohen's kappa of paired labels: (po − pe) / (1 − pe); 1 when both annotators are constant and agree. */
export function cohensKappa(pairs: readonly [string, string][]): number {
  if (pairs.length === 0) return 1;
  const n = pairs.length;
  let agree = 0;
  const ca = new Map<string, number>();
  const cb = new Map<string, number>();
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    ca.set(x, (ca.get(x) ?? 0) + 1);
    cb.set(y, (cb.get(y) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [label, c] of ca) pe += (c / n) * ((cb.get(label) ?? 0) / n);
  return pe === 1 ? (po === 1 ? 1 : 0) : (po - pe) / (1 - pe);
}
