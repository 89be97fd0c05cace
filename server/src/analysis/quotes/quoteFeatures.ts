import type { Token } from '../types';
import type { ParagraphView } from './findAttribution';
import { SPEECH_VERBS } from './speechVerbs';
import { SMALL_WORDS } from './smallWords';

/** What the classifier sees of one quoted segment. */
export interface SegmentContext {
  text: string;
  view: ParagraphView;
  /** Index of the segment in `view.quoted`. */
  q: number;
  /** Whether the segment's own sentence names a speaker for it. */
  attributed: boolean;
  /** Whether the segment starts its paragraph / continues a quotation from the previous paragraph. */
  opensParagraph: boolean;
  continues: boolean;
}

const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n > edges[i]) i++;
  return i;
};
const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '#');
const shape = (t: Token | undefined) => (!t ? '#' : /^\p{Lu}/u.test(t.text) ? 'X' : /^\p{Ll}/u.test(t.text) ? 'x' : /^\p{N}/u.test(t.text) ? 'd' : t.text);

/**
 * Features of a quoted segment for the "is it a quotation" classifier: its length and shape (a title is short and
 * capitalized), its inner punctuation, the words around its marks, and the speech verbs and attribution nearby.
 */
export function quoteFeatures(c: SegmentContext): string[] {
  const { view } = c;
  const t = view.tokens;
  const seg = view.quoted[c.q];
  const inner = t.slice(seg.first, seg.end).filter((x) => /^[\p{L}\p{N}]/u.test(x.text));
  const words = inner.length;
  const caps = inner.filter((x) => /^\p{Lu}/u.test(x.text)).length;
  const body = c.text.slice(t[seg.first].start, t[seg.end - 1].end);
  const lastInner = body.replace(/(?:["”’']|'')$/, '').slice(-1);
  const len = bucket(words, [1, 2, 3, 5, 8, 15, 30]);
  const capsAll = words > 0 && caps === words;
  const capsShare = words ? bucket(caps / words, [0, 0.34, 0.67, 0.99]) : 0;
  const prev = seg.first > view.lo ? t[seg.first - 1] : undefined;
  const prev2 = seg.first - 1 > view.lo ? t[seg.first - 2] : undefined;
  const next = seg.end < view.hi ? t[seg.end] : undefined;
  const next2 = seg.end + 1 < view.hi ? t[seg.end + 1] : undefined;
  let verbNear = 99;
  for (let k = Math.max(view.lo, seg.first - 12); k < Math.min(view.hi, seg.end + 12); k++) {
    if (k >= seg.first && k < seg.end) continue;
    if (SPEECH_VERBS.has(t[k].text.toLowerCase())) verbNear = Math.min(verbNear, k < seg.first ? seg.first - k : k - seg.end + 1);
  }
  const f = [
    'bias',
    `len=${len}`,
    `capsShare=${capsShare}`,
    `capsAll=${capsAll}|len=${len}`,
    `last=${/[\p{L}\p{N}]/u.test(lastInner) ? 'w' : lastInner}`,
    `last=${/[\p{L}\p{N}]/u.test(lastInner) ? 'w' : lastInner}|len=${len}`,
    `first=${shape(inner[0])}`,
    `sentences=${bucket((body.match(/[.!?]\s+\p{Lu}/gu) ?? []).length, [0, 1, 3])}`,
    `prev=${lower(prev)}`,
    `prev2=${lower(prev2)} ${lower(prev)}`,
    `prevShape=${shape(prev)}`,
    `next=${lower(next)}`,
    `nextShape=${shape(next)}`,
    `around=${shape(prev)}_${shape(next)}`,
    `next2=${lower(next)} ${lower(next2)}`,
    `attributed=${c.attributed}`,
    `attributed=${c.attributed}|len=${len}`,
    `verbNear=${bucket(verbNear, [1, 3, 6, 12])}`,
    `opens=${c.opensParagraph}`,
    `continues=${c.continues}`,
    `digitsOnly=${/^[\p{N}\s.,:/-]*$/u.test(inner.map((x) => x.text).join(' '))}`,
    `handle=${/[@#]|https?:|www\./.test(body)}`,
    `quotesInParagraph=${bucket(view.quoted.length, [1, 2, 4])}`,
  ];
  if (prev && next && /^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(next.text)) f.push(`betweenNames|len=${len}`);
  const content = inner.filter((x) => !SMALL_WORDS.has(x.text.toLowerCase()));
  const titleCase = content.length >= 2 && content.every((x) => /^[\p{Lu}\p{N}]/u.test(x.text));
  f.push(`titleCase=${titleCase}|attributed=${c.attributed}`);
  if (prev && /^['’]s$|['’]s$/.test(prev.text)) f.push('afterPossessive');
  const wholeSentence = /^\p{Lu}/u.test(inner[0]?.text ?? '') && /[.!?]/.test(lastInner) && (!prev || /^[.!?:]$/.test(prev.text));
  f.push(`wholeSentence=${wholeSentence}`);
  if (!c.attributed && words <= 4) f.push(`unattributedShort|prev=${lower(prev)}`);
  return f;
}

/** A linear model over feature names: a weight per feature, and the decision threshold on the logit. */
export interface LinearModel {
  threshold: number;
  weights: Record<string, number>;
}

export function logit(model: LinearModel, features: string[]): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return z;
}
