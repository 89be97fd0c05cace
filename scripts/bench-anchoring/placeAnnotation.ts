import type { Span } from '../../server/src/analysis/types';
import type { Rng } from '../lib/rng';

/**
 * A random, realistic annotation span in `text`: a run of capitalized words (entity-like), a quotation
 * (mark to mark), or a few plain words. Never crosses a line break. Null when nothing fits.
 */
export function placeAnnotation(text: string, rng: Rng): Span | null {
  const kind = rng.next();
  if (kind < 0.2) {
    const quotes = [...text.matchAll(/["“][^"“”\n]{8,400}["”]/g)];
    if (quotes.length) {
      const q = rng.pick(quotes);
      return { start: q.index!, end: q.index! + q[0].length };
    }
  }
  if (kind < 0.75) {
    const names = [...text.matchAll(/\p{Lu}[\p{L}'’.-]*(?: (?:of |de )?\p{Lu}[\p{L}'’.-]*)*/gu)];
    if (names.length) {
      const n = rng.pick(names);
      const t = n[0].replace(/[.'’-]+$/, '');
      if (t.length >= 2) return { start: n.index!, end: n.index! + t.length };
    }
  }
  const words = [...text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)];
  if (!words.length) return null;
  const i = rng.int(words.length);
  const j = Math.min(words.length - 1, i + rng.int(3));
  const start = words[i].index!;
  const end = words[j].index! + words[j][0].length;
  return text.slice(start, end).includes('\n') ? null : { start, end };
}
