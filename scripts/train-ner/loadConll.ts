/** Reads a CoNLL-2003 eval file into sentences tokenized by our own tokenizer, with gold IOB2 labels projected from the gold spans. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../server/src/analysis/tokens/tokenize';
import { labelIndex } from '../../server/src/analysis/entities/labels';

export interface GoldEntity { start: number; end: number; type: string; text: string }
export interface GoldDoc { id: string; text: string; entities: GoldEntity[] }
export interface Line { doc: number; offset: number; text: string }
export interface LabeledSentence { doc: number; words: string[]; gold: Int32Array }

export const EVAL_DIR = join(__dirname, '../../../shared/eval');
export const readDocs = (file: string): GoldDoc[] =>
  readFileSync(join(EVAL_DIR, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** The lines of a document with their offsets (the recognizer is called per block, a CoNLL line is a sentence). */
export function docLines(doc: GoldDoc, index: number): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const text of doc.text.split('\n')) {
    lines.push({ doc: index, offset, text });
    offset += text.length + 1;
  }
  return lines;
}

const MODIFIER = /^(.*\S)-(?:\p{Ll}+)$/u;

/**
 * Labeled sentences of a split. With `splitModifiers`, a gold entity like "U.S.-led" that our tokenizer splits is
 * shrunk to its name part ("U.S."), typed as that name is most often typed elsewhere in the data (the convention of
 * the project's own annotations: "US-led" → US/location).
 */
export function labeledSentences(docs: GoldDoc[], splitModifiers: boolean): LabeledSentence[] {
  const typeOf = new Map<string, Map<string, number>>();
  for (const d of docs) for (const e of d.entities) {
    const m = typeOf.get(e.text) ?? new Map<string, number>();
    m.set(e.type, (m.get(e.type) ?? 0) + 1);
    typeOf.set(e.text, m);
  }
  const majority = (s: string) => {
    const m = typeOf.get(s);
    return m ? [...m].sort((a, b) => b[1] - a[1])[0][0] : null;
  };
  const out: LabeledSentence[] = [];
  docs.forEach((doc, di) => {
    for (const line of docLines(doc, di)) {
      if (!line.text.trim()) continue;
      const { tokens, sentences } = tokenize(line.text);
      const labels = new Int32Array(tokens.length);
      for (const e of doc.entities) {
        let s = e.start - line.offset, en = e.end - line.offset, type = e.type;
        if (en <= 0 || s >= line.text.length) continue;
        let idx: number[] = [];
        tokens.forEach((t, i) => { if (t.start < en && t.end > s) idx.push(i); });
        if (splitModifiers && idx.length >= 3 && tokens[idx[idx.length - 2]].text === '-' && MODIFIER.test(e.text)) {
          idx = idx.slice(0, -2);
          const name = line.text.slice(tokens[idx[0]].start, tokens[idx[idx.length - 1]].end);
          type = majority(name) ?? type;
        }
        idx.forEach((ti, k) => { if (labels[ti] === 0 || k > 0) labels[ti] = labelIndex(`${k === 0 ? 'B' : 'I'}-${type}`); });
      }
      for (const s of sentences) {
        out.push({ doc: di, words: tokens.slice(s.firstToken, s.endToken).map((t) => t.text), gold: labels.slice(s.firstToken, s.endToken) });
      }
    }
  });
  return out;
}
