import { type Decision, isoNow, makeDecision } from '../../annotations/decision';
import { readSidecar, saveSidecar } from '../../annotations/sidecarFile';
import type { ImportedSpan } from './imported';

/**
 * Adds imported spans to the sidecar of `articlePath` (created if missing; its collection id kept).
 * An imported span replaces a saved decision on the same span; other saved decisions stay.
 * Throws SidecarError, writing nothing, when the existing sidecar cannot be read.
 */
export function importIntoSidecar(articlePath: string, text: string, spans: readonly ImportedSpan[], creator: string, now: Date): { added: number; kept: number; file: string } {
  const existing = readSidecar(articlePath, text);
  const created = isoNow(now);
  const imported: Decision[] = spans.map((s) => makeDecision(text, { label: s.label, start: s.start, end: s.end, speaker: s.speaker, creator, created }));
  const taken = new Set(imported.map((d) => `${d.start}:${d.end}`));
  const kept = (existing?.decisions ?? []).filter((d) => !taken.has(`${d.start}:${d.end}`));
  saveSidecar(articlePath, [...kept, ...imported], text);
  return { added: imported.length, kept: kept.length, file: `${articlePath}.annotations.json` };
}
