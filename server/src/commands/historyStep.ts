import type { Decision } from '../annotations/decision';
import type { DecisionSnapshot } from '../documents/articleState';
import { LABEL_NAMES } from '../features/codeActions';
import { count } from '../count';

/**
 * What one step of the annotation history changed, in words: "the rejection of “Seoul”", "“Li Keqiang” as person",
 * "4 annotations", "the article date". `older` and `newer` are the snapshots before and after the step. Undo and redo
 * are pressed blind (the annotation may be off screen): without these words the keys seemed to do nothing.
 */
export function historyStepWhat(older: DecisionSnapshot, newer: DecisionSnapshot): string {
  const before = new Map(older.decisions.map((d) => [d.id, d]));
  const after = new Map(newer.decisions.map((d) => [d.id, d]));
  const added = newer.decisions.filter((d) => !before.has(d.id));
  const removed = older.decisions.filter((d) => !after.has(d.id));
  const revised = newer.decisions.filter((d) => {
    const was = before.get(d.id);
    return was && (was.label !== d.label || was.value !== d.value || was.speaker !== d.speaker || was.start !== d.start || was.end !== d.end);
  });
  const parts: string[] = [];
  if (older.articleDate !== newer.articleDate) parts.push('the article date');
  // A new decision on a span replaces the one there: name the new one only.
  const changed = added.length ? added : revised.length ? revised : removed;
  if (changed.length === 1) parts.push(revised.length && !added.length ? revisionOf(before.get(changed[0].id)!, changed[0]) : decisionWords(changed[0]));
  else if (changed.length > 1) parts.push(count(changed.length, 'annotation'));
  return parts.join(' and ') || 'a step that changed nothing';
}

function decisionWords(d: Decision): string {
  return d.label === 'none' ? `the rejection of “${d.exact}”` : `“${d.exact}” as ${LABEL_NAMES[d.label]}`;
}

function revisionOf(was: Decision, now: Decision): string {
  if (was.speaker !== now.speaker) return `the speaker of “${now.exact}”`;
  if (was.value !== now.value) return `the value of “${now.exact}”`;
  return decisionWords(now);
}
