/**
 * Shared by the date-layer dev scripts: loads an eval file from ../shared/eval at run time (nothing from it is stored in
 * the repo), splits TimeBank by document (index % 3 === 2 is the held-out "check" third) and runs findDates line by line.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findDatesAfter } from '../../server/src/analysis/dates/findDates';
import { tokenize } from '../../server/src/analysis/tokens/tokenize';
import type { DateMention } from '../../server/src/analysis/types';

export interface GoldTimex { start: number; end: number; type: string; value: string; text: string }
export interface GoldDoc { id: string; text: string; dct: string | null; timexes?: GoldTimex[] }
export type Split = 'dev' | 'check' | 'all';

export const EVAL_DIR = resolve(__dirname, '../../../shared/eval');

export function loadDocs(which: 'timebank' | 'seeds', split: Split): GoldDoc[] {
  const file = which === 'seeds' ? 'seeds.gold.jsonl' : 'timebank-aquaint.jsonl';
  let docs: GoldDoc[] = readFileSync(join(EVAL_DIR, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  docs = docs.filter((d) => d.timexes).map((d) => ({ id: d.id, text: d.text, dct: d.dct, timexes: d.timexes }));
  if (which !== 'seeds' && split !== 'all') docs = docs.filter((_, i) => (i % 3 === 2) === (split === 'check'));
  return docs;
}

/** findDates over every non-empty line of a document (one line = one block), offsets made document-relative. */
export function analyzeDoc(doc: GoldDoc): DateMention[] {
  const out: DateMention[] = [];
  const ref = { value: doc.dct ?? '2000-01-01', source: 'sidecar' as const };
  let offset = 0;
  let anchor: string | null = null;
  for (const line of doc.text.split('\n')) {
    if (line.trim()) {
      const { tokens, sentences } = tokenize(line);
      const found = findDatesAfter(line, tokens, sentences, ref, process.env.DATES_ANCHOR_PER_BLOCK ? null : anchor);
      anchor = found.anchor;
      for (const d of found.dates) out.push({ ...d, start: d.start + offset, end: d.end + offset });
    }
    offset += line.length + 1;
  }
  return out;
}
