import type { Analysis, EntityType } from '../../analysis/types';
import { detokenize } from './detokenize';
import { type ImportedSpan, labelForType } from './imported';

/**
 * CoNLL-2003 style, one token a line: `TOKEN POS CHUNK NER`. We predict neither part-of-speech nor chunks,
 * so both columns hold the placeholder `-X-` (as CoNLL's own `-DOCSTART-` lines do). NER tags are IOB2
 * (`B-PER`, `I-PER`, …, `O`) over PER, ORG, LOC, MISC; dates and quotes are not part of this format.
 * A document starts with `-DOCSTART- -X- -X- O` and a blank line; sentences are separated by blank lines.
 */
const TAG: Record<EntityType, string> = { person: 'PER', organization: 'ORG', location: 'LOC', misc: 'MISC' };

export function toConll(a: Analysis): string {
  const out: string[] = ['-DOCSTART- -X- -X- O', ''];
  const mentions = [...a.mentions].sort((x, y) => x.start - y.start);
  for (const s of a.sentences) {
    let lastMention = -1;
    for (let ti = s.firstToken; ti < s.endToken; ti++) {
      const t = a.tokens[ti];
      const mi = mentions.findIndex((m) => m.start < t.end && t.start < m.end);
      let tag = 'O';
      if (mi !== -1) {
        tag = `${mi === lastMention ? 'I' : 'B'}-${TAG[mentions[mi].type]}`;
      }
      lastMention = mi;
      out.push(`${t.text.replace(/\s/g, '_')} -X- -X- ${tag}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

export interface ConllDoc {
  sentences: { token: string; tag: string }[][];
}

/** Splits CoNLL content into documents (at `-DOCSTART-`) and sentences (at blank lines). Token first column, NER tag last. */
export function parseConll(content: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let sentence: { token: string; tag: string }[] = [];
  const closeSentence = () => {
    if (sentence.length) {
      if (!doc) docs.push((doc = { sentences: [] }));
      doc.sentences.push(sentence);
    }
    sentence = [];
  };
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      closeSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      closeSentence();
      docs.push((doc = { sentences: [] }));
      continue;
    }
    sentence.push({ token: cols[0], tag: cols.length > 1 ? cols[cols.length - 1] : 'O' });
  }
  closeSentence();
  return docs.filter((d) => d.sentences.length > 0);
}

/** The article text of a CoNLL document (one sentence a line) and its entity spans (IOB1 or IOB2 tags). */
export function conllDocToSpans(doc: ConllDoc): { text: string; spans: ImportedSpan[]; warnings: string[] } {
  const { text, offsets } = detokenize(doc.sentences.map((s) => s.map((t) => t.token)));
  const spans: ImportedSpan[] = [];
  const warnings: string[] = [];
  doc.sentences.forEach((sentence, si) => {
    let open: ImportedSpan | null = null;
    let openType = '';
    sentence.forEach(({ tag }, ti) => {
      const [start, end] = offsets[si][ti];
      const m = /^([BIES])-(.+)$/.exec(tag);
      if (!m) {
        open = null;
        if (tag !== 'O') warnings.push(`sentence ${si + 1}, token ${ti + 1}: unknown tag "${tag}"`);
        return;
      }
      const [, prefix, type] = m;
      if (open && (prefix === 'I' || prefix === 'E') && type === openType) {
        open.end = end;
      } else {
        const label = labelForType(type);
        if (!label) {
          warnings.push(`sentence ${si + 1}, token ${ti + 1}: unknown type "${type}"`);
          open = null;
          return;
        }
        open = { label, start, end };
        openType = type;
        spans.push(open);
      }
      if (prefix === 'E' || prefix === 'S') open = null;
    });
  });
  return { text, spans, warnings };
}
