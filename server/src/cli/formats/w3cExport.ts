import type { Analysis, Span, TagLabel } from '../../analysis/types';
import { type Decision, isoNow, makeDecision } from '../../annotations/decision';

/**
 * The merged analysis as decisions, for the W3C export: every entity mention, date and quote (speakers as
 * identifying bodies), plus the user's "none" decisions. Spans that come from a saved decision keep its id,
 * creator and dates; detections get a fresh id. Orphaned decisions are left out.
 */
export function analysisAsDecisions(a: Analysis, decisions: readonly Decision[], now: Date): Decision[] {
  const live = decisions.filter((d) => d.anchor !== 'orphan');
  const key = (s: Span, label: TagLabel) => `${s.start}:${s.end}:${label}`;
  const saved = new Map(live.map((d) => [key(d, d.label), d]));
  const created = isoNow(now);
  const out: Decision[] = [];
  const add = (s: Span, label: TagLabel, speaker?: string) => {
    const d = saved.get(key(s, label));
    const base = d ? { ...makeDecision(a.text, { ...s, label, id: d.id, created: d.created, creator: d.creator }), ...(d.modified ? { modified: d.modified } : {}) } : makeDecision(a.text, { ...s, label, created });
    out.push(speaker !== undefined ? { ...base, speaker } : base);
  };
  for (const m of a.mentions) add(m, m.type);
  for (const d of a.dates) add(d, 'date');
  for (const q of a.quotes) add(q, 'quote', q.speaker?.name);
  for (const d of live) if (d.label === 'none') out.push(d);
  return out;
}
