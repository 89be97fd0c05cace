import type { Span } from '../../server/src/analysis/types';
import { shiftSpan } from '../../server/src/annotations/shiftOnEdit';
import type { Rng } from '../lib/rng';

export type EditKind = 'insert' | 'delete' | 'replace' | 'typo' | 'move';
export type Where = 'elsewhere' | 'sentence';

/** Extra checks beyond the targets: the annotated text itself edited (typo inside it) or deleted. */
export type Extra = 'inside' | 'deleted';

/** An edit made to the article and where it takes the (truly) annotated span. */
export interface Edit {
  kind: EditKind;
  text: string;
  truth: Span;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*[,.;:!?"”’)]*/gu;

/** The sentence around `span`: from after the previous sentence end or line break to the next one. */
export function sentenceAround(text: string, span: Span): Span {
  let start = 0;
  for (const m of text.slice(0, span.start).matchAll(/[.!?]["”’)]*\s+|\n/g)) start = m.index! + m[0].length;
  const after = /[.!?]["”’)]*(?=\s)|\n/g;
  after.lastIndex = span.end;
  const m = after.exec(text);
  const end = m ? (m[0] === '\n' ? m.index : m.index + m[0].length) : text.length;
  return { start: Math.min(start, span.start), end: Math.max(end, span.end) };
}

const disjoint = (a: Span, b: Span) => a.end <= b.start || a.start >= b.end;
const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/** A phrase of `n` words taken from a random place of the article (realistic vocabulary). */
function phrase(words: RegExpMatchArray[], rng: Rng, n: number): string {
  const i = rng.int(Math.max(1, words.length - n));
  return words.slice(i, i + n).map((w) => w[0]).join(' ');
}

function apply(text: string, range: Span, insert: string, truth: Span, kind: EditKind): Edit | null {
  const moved = shiftSpan(truth, { ...range, text: insert });
  if (!moved) return null;
  return { kind, text: text.slice(0, range.start) + insert + text.slice(range.end), truth: moved };
}

/** Moves one whole line (paragraph) to another line start. */
function moveParagraph(text: string, truth: Span, rng: Rng): Edit | null {
  const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)].filter((s) => s < text.length);
  if (starts.length < 3) return null;
  const li = rng.int(starts.length - 1); // a line with a following line break
  const ls = starts[li];
  const le = starts[li + 1];
  const line = text.slice(ls, le);
  const rest = text.slice(0, ls) + text.slice(le);
  const targets = [0, ...[...rest.matchAll(/\n/g)].map((m) => m.index! + 1)].filter((q) => q !== ls && q <= rest.length);
  if (!targets.length) return null;
  const q = rng.pick(targets);
  const out = rest.slice(0, q) + line + rest.slice(q);
  let t: Span;
  if (truth.start >= ls && truth.end <= le) t = { start: q + truth.start - ls, end: q + truth.end - ls };
  else if (disjoint(truth, { start: ls, end: le })) {
    const shift = truth.start >= le ? -(le - ls) : 0;
    const s = { start: truth.start + shift, end: truth.end + shift };
    t = s.start >= q ? { start: s.start + line.length, end: s.end + line.length } : s;
  } else return null;
  return { kind: 'move', text: out, truth: t };
}

/**
 * One random realistic edit of `kind`, placed elsewhere in the article (outside the annotated sentence) or in the
 * annotated sentence (never touching the annotated text itself). Null when no such place was found.
 */
export function randomEdit(text: string, truth: Span, where: Where, kind: EditKind, rng: Rng): Edit | null {
  if (kind === 'move') return where === 'elsewhere' ? moveParagraph(text, truth, rng) : null;
  const sentence = sentenceAround(text, truth);
  const words = [...text.matchAll(WORD)];
  const allowed = (r: Span) => (where === 'sentence' ? inside(r, sentence) && disjoint(r, truth) : disjoint(r, sentence));
  const pool = where === 'sentence' ? words.filter((w) => inside({ start: w.index!, end: w.index! + w[0].length }, sentence)) : words;
  if (!pool.length) return null;
  for (let attempt = 0; attempt < 30; attempt++) {
    const i = rng.int(pool.length);
    const w = pool[i];
    const ws = w.index!;
    const we = ws + w[0].length;
    let range: Span;
    let insert: string;
    if (kind === 'insert') {
      range = { start: ws, end: ws };
      insert = `${phrase(words, rng, 1 + rng.int(8))} `;
    } else if (kind === 'delete') {
      const j = Math.min(pool.length - 1, i + rng.int(6));
      const end = pool[j].index! + pool[j][0].length;
      range = { start: ws, end: text[end] === ' ' ? end + 1 : end };
      insert = '';
    } else if (kind === 'replace') {
      const j = Math.min(pool.length - 1, i + rng.int(3));
      range = { start: ws, end: pool[j].index! + pool[j][0].length };
      insert = phrase(words, rng, 1 + rng.int(3));
    } else {
      // typo: one character changed, dropped or doubled
      const k = ws + rng.int(we - ws);
      const op = rng.int(3);
      range = op === 2 ? { start: k, end: k } : { start: k, end: k + 1 };
      insert = op === 0 ? String.fromCharCode(97 + rng.int(26)) : op === 1 ? '' : text[k];
    }
    if (range.end < range.start || text.slice(range.start, range.end).includes('\n')) continue;
    if (!allowed(range)) continue;
    const e = apply(text, range, insert, truth, kind);
    if (e) return e;
  }
  return null;
}

/**
 * An edit of the annotated text itself: `inside` changes one character strictly inside it (the annotation should
 * follow, stretched or shrunk); `deleted` removes it with its sentence (the annotation should become an orphan).
 * Returns the edit with `truth` null for a deletion.
 */
export function annotatedTextEdit(text: string, truth: Span, extra: Extra, rng: Rng): { text: string; truth: Span | null } | null {
  if (extra === 'deleted') {
    const s = sentenceAround(text, truth);
    return { text: text.slice(0, s.start) + text.slice(s.end), truth: null };
  }
  if (truth.end - truth.start < 6) return null;
  const k = truth.start + 1 + rng.int(truth.end - truth.start - 2);
  const op = rng.int(3);
  const range = op === 2 ? { start: k, end: k } : { start: k, end: k + 1 };
  const insert = op === 0 ? String.fromCharCode(97 + rng.int(26)) : op === 1 ? '' : text[k];
  const moved = shiftSpan(truth, { ...range, text: insert });
  return moved ? { text: text.slice(0, range.start) + insert + text.slice(range.end), truth: moved } : null;
}
