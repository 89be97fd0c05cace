import type { Analysis, Span } from '../../analysis/types';
import { codePoints, type CodePoints } from '../../annotations/codePoints';
import { type ImportedSpan, labelForType } from './imported';

/**
 * brat standoff (https://brat.nlplab.org/standoff.html). The `.txt` is the article text; the `.ann` has
 * T-lines for entity mentions (Person, Organization, Location, Misc), dates (Date, Time, Duration, Set, with the
 * TIMEX3 value as an AnnotatorNotes line) and quotes (Quote); a quote's speaker is a relation
 * `Speaker Arg1:<quote> Arg2:<mention>` (the mention is an entity T-line when one has that span, else a
 * `SpeakerMention` T-line), with the speaker's canonical name as the relation's AnnotatorNotes.
 */

const ENTITY_TYPE = { person: 'Person', organization: 'Organization', location: 'Location', misc: 'Misc' } as const;
const DATE_TYPE = { date: 'Date', time: 'Time', duration: 'Duration', set: 'Set' } as const;

/** `start end` fragments of a span, split at line breaks (brat spans cannot cross them), in code points. */
function fragments(text: string, s: Span, cp: CodePoints): string {
  const parts: string[] = [];
  const part = (a: number, b: number) => parts.push(`${cp.fromUtf16(a)} ${cp.fromUtf16(b)}`);
  let from = s.start;
  for (let i = s.start; i < s.end; i++) {
    if (text[i] === '\n') {
      if (i > from) part(from, i);
      from = i + 1;
    }
  }
  if (s.end > from || parts.length === 0) part(from, Math.max(from, s.end));
  return parts.join(';');
}

const oneLine = (s: string) => s.replace(/[\t\r\n]/g, ' ');

/** The `.ann` content for an analysis. */
export function toBratAnn(a: Analysis): string {
  const lines: string[] = [];
  const cp = codePoints(a.text);
  let t = 0;
  let r = 0;
  let note = 0;
  const bySpan = new Map<string, string>();
  const addT = (type: string, s: Span): string => {
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${fragments(a.text, s, cp)}\t${oneLine(a.text.slice(s.start, s.end))}`);
    bySpan.set(`${s.start}:${s.end}`, id);
    return id;
  };
  for (const m of a.mentions) addT(ENTITY_TYPE[m.type], m);
  for (const d of a.dates) {
    const id = addT(DATE_TYPE[d.type], d);
    lines.push(`#${++note}\tAnnotatorNotes ${id}\t${oneLine(d.value)}`);
  }
  for (const q of a.quotes) {
    const id = addT('Quote', q);
    if (!q.speaker) continue;
    const sp = q.speaker;
    const arg2 = sp.end > sp.start ? bySpan.get(`${sp.start}:${sp.end}`) ?? addT('SpeakerMention', sp) : null;
    if (!arg2) continue;
    const rid = `R${++r}`;
    lines.push(`${rid}\tSpeaker Arg1:${id} Arg2:${arg2}`);
    lines.push(`#${++note}\tAnnotatorNotes ${rid}\t${oneLine(sp.name)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export interface BratParse {
  spans: ImportedSpan[];
  /** Lines skipped, with why. */
  warnings: string[];
}

/**
 * Reads a `.ann` against the article text. A T-line whose text does not match the article at its offsets,
 * or whose type we do not know, is skipped with a warning. Discontinuous spans become their covering span.
 */
export function parseBratAnn(ann: string, text: string): BratParse {
  const warnings: string[] = [];
  const cp = codePoints(text);
  const ts = new Map<string, { type: string; start: number; end: number; text: string; at: string }>();
  const notes = new Map<string, string>();
  const relations: { type: string; arg1: string; arg2: string; id: string }[] = [];
  ann.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const [id, body = '', rest = ''] = line.split('\t');
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
      if (!m) return void warnings.push(`line ${i + 1}: cannot read "${line}"`);
      // brat's offsets are code points; the article's spans are UTF-16 offsets (past the end: -1, refused below).
      const nums = m[2].split(/[ ;]/).map(Number);
      const [first, last] = [Math.min(...nums), Math.max(...nums)];
      ts.set(id, { type: m[1], start: cp.toUtf16(first), end: cp.toUtf16(last), text: rest, at: `${first}-${last}` });
    } else if (id.startsWith('R')) {
      const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(body);
      if (m) relations.push({ type: m[1], arg1: m[2], arg2: m[3], id });
    } else if (id.startsWith('#')) {
      const m = /^AnnotatorNotes (\S+)$/.exec(body);
      if (m) notes.set(m[1], rest);
    }
  });
  const spans: ImportedSpan[] = [];
  const quoteOf = new Map<string, ImportedSpan>();
  for (const [id, t] of ts) {
    const norm = (x: string) => x.replace(/\s+/g, ' ');
    if (t.start < 0 || t.end < 0 || norm(text.slice(t.start, t.end)) !== norm(t.text)) {
      warnings.push(`${id}: text "${t.text}" is not at ${t.at} of the article`);
      continue;
    }
    if (t.type === 'SpeakerMention') continue;
    const label = labelForType(t.type);
    if (!label) {
      warnings.push(`${id}: unknown type "${t.type}"`);
      continue;
    }
    const s: ImportedSpan = { label, start: t.start, end: t.end };
    spans.push(s);
    if (label === 'quote') quoteOf.set(id, s);
  }
  for (const rel of relations) {
    const q = quoteOf.get(rel.arg1);
    const who = ts.get(rel.arg2);
    if (!q || !who || rel.type.toLowerCase() !== 'speaker') continue;
    q.speaker = notes.get(rel.id) ?? notes.get(rel.arg2) ?? who.text;
  }
  return { spans: spans.sort((a, b) => a.start - b.start || a.end - b.end), warnings };
}
