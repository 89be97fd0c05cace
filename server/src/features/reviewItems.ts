import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';
import type { Decision } from '../annotations/decision';
import { rangeOf } from '../documents/positions';
import type { ReviewItem, ReviewItemsResult } from '../protocol';

/**
 * The review queue: every entity mention, date and quote in text order, reviewed when the user confirmed, retyped or
 * tagged it; rejected detections stay in the queue as reviewed so that progress never goes backwards.
 */
export function reviewItems(document: TextDocument, analysis: Analysis, decisions: Decision[]): ReviewItemsResult {
  const decided = new Set(decisions.filter((d) => d.anchor !== 'orphan').map((d) => `${d.start}:${d.end}`));
  const item = (kind: ReviewItem['kind'], label: ReviewItem['label'], s: { start: number; end: number; text: string }, origin: string): ReviewItem => ({
    kind,
    label,
    start: s.start,
    end: s.end,
    range: rangeOf(document, s),
    text: s.text,
    reviewed: origin !== 'detected' || decided.has(`${s.start}:${s.end}`),
  });
  const items: ReviewItem[] = [
    ...analysis.mentions.map((m) => item('entity', m.type, m, m.origin)),
    ...analysis.dates.map((d) => item('date', 'date', d, d.origin)),
    ...analysis.quotes.map((q) => item('quote', 'quote', q, q.origin)),
  ];
  const text = document.getText();
  for (const d of decisions) {
    if (d.anchor === 'orphan' || d.label !== 'none') continue;
    items.push({ kind: 'entity', label: 'none', start: d.start, end: d.end, range: rangeOf(document, d), text: text.slice(d.start, d.end), reviewed: true });
  }
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  return { uri: document.uri, version: document.version, items, reviewed: items.filter((i) => i.reviewed).length, total: items.length };
}
