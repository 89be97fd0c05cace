import type { RawMention } from '../types';

/**
 * A person's name the tagger split: "Kim Jong Un" as "Kim Jong" (person) + "Un" (organization, read as the UN). A
 * detected person followed, after one space, by a detected one-word mention of at most three letters written as a
 * name (capital then lower case: "Un", not "UN") is one person. So is a one-word person followed by such a word the
 * tagger left out because it is also a pronoun: "Vice Premier Liu He" (a sentence's "He" follows a full stop, never
 * a name and one space). Pure.
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
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'person' || m.origin !== 'detected' || /\s/.test(text.slice(m.start, m.end))) continue;
    const tail = /^ (He|She)(?![\p{L}\p{N}'’-])/u.exec(text.slice(m.end, m.end + 5));
    const next = out[i + 1];
    if (tail && !(next && next.start < m.end + 1 + tail[1].length)) out[i] = { ...m, end: m.end + 1 + tail[1].length };
  }
  return out;
}
