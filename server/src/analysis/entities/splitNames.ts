import type { RawMention } from '../types';

/**
 * A person's name the tagger split: "Kim Jong Un" as "Kim Jong" (person) + "Un" (organization, read as the UN). A
 * detected person followed, after one space, by a detected one-word mention of at most three letters written as a
 * name (capital then lower case: "Un", not "UN") is one person. Pure.
 */
const NAME_TAIL = /^\p{Lu}\p{Ll}{1,2}$/u;

export function joinSplitNames(text: string, mentions: RawMention[]): RawMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawMention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'person' && prev.origin === 'detected' && m.origin === 'detected' && m.start === prev.end + 1
      && text[prev.end] === ' ' && NAME_TAIL.test(text.slice(m.start, m.end))) {
      out[out.length - 1] = { ...prev, end: m.end };
      continue;
    }
    out.push(m);
  }
  return out;
}
