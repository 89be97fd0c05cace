import * as fs from 'node:fs';
import type { Analyzer } from '../analysis/analyze';
import type { Analysis, ReferenceDate } from '../analysis/types';
import type { Decision } from '../annotations/decision';
import { reanchorAll } from '../annotations/reanchor';
import { readSidecar } from '../annotations/sidecarFile';
import { readArticle } from './readArticle';

/**
 * Analyses an article file the way the editor does: its saved decisions (from the sidecar next to it) re-anchored to
 * the current text and merged over the detections; the file's modification date as the reference date of last resort.
 * Throws (SidecarError) when the sidecar exists but cannot be read; the sidecar is never written here.
 */
export async function analyzeFile(
  file: string,
  analyzer: Analyzer,
  referenceDate?: ReferenceDate,
): Promise<{ analysis: Analysis; decisions: Decision[] }> {
  const text = readArticle(file);
  const sidecar = readSidecar(file, text);
  const decisions = sidecar ? reanchorAll(text, sidecar.decisions) : [];
  const fileDate: ReferenceDate = { value: fs.statSync(file).mtime.toISOString().slice(0, 10), source: 'file' };
  const setByUser: ReferenceDate | undefined = sidecar?.articleDate ? { value: sidecar.articleDate.value, source: 'sidecar' } : undefined;
  const analysis = analyzer.analyze(text, { referenceDate: referenceDate ?? setByUser, fallbackDate: fileDate, decisions: decisions.filter((d) => d.anchor !== 'orphan') });
  return { analysis, decisions };
}
