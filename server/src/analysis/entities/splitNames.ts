import type { RawMention } from '../types';
import { TITLES } from './mentionEdges';

/**
 * A person's name the tagger split: "Kim Jong Un" as "Kim Jong" (person) + "Un" (organization, read as the UN). A
 * detected person followed, after one space, by a detected one-word mention of at most three letters written as a
 * name (capital then lower case: "Un", not "UN") is one person. So is a one-word person followed by such a word the
 * tagger left out because it is also a pronoun: "Vice Premier Liu He" (a sentence's "He" follows a full stop, never
 * a name and one space). And a one-word person after a title and a two-letter capitalized word has it as the first
 * word of the name, left out because it is also an English word: "President To Lam", "Minister Do Hung" (a title is
 * followed by a name, and "To" or "Do" in capitals mid-sentence by nothing else; "Dr", "Mr" are titles). A regnal
 * number after a monarch's or a pope's name is part of it ("Pope Pius X", read as the platform X); a royal title found
 * alone before a person opens the person's name ("Prince" + "Mohammed"). Pure.
 */
const NAME_TAIL = /^\p{Lu}\p{Ll}{1,2}$/u;
/**
 * A royal title the tagger found as a name of its own before the person's ("Prince" + "Mohammed bin Salman"): CoNLL-2003
 * keeps "Prince" in a royal's name (`mentionEdges.ts`), so the two are one person, not a person called "Prince".
 */
const ROYAL_TITLE = /^(?:Prince|Princess)$/;

export function joinSplitNames(text: string, mentions: RawMention[]): RawMention[] {
  const sorted = joinAcrossParticles(text, [...mentions].sort((a, b) => a.start - b.start || b.end - a.end));
  const out: RawMention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'person' && prev.origin === 'detected' && m.origin === 'detected' && m.start === prev.end + 1
      && text[prev.end] === ' ' && NAME_TAIL.test(text.slice(m.start, m.end))) {
      out[out.length - 1] = { ...prev, end: m.end };
      continue;
    }
    if (prev && prev.origin === 'detected' && m.origin === 'detected' && m.type === 'person' && m.start === prev.end + 1
      && text[prev.end] === ' ' && ROYAL_TITLE.test(text.slice(prev.start, prev.end))) {
      out[out.length - 1] = { ...m, start: prev.start };
      continue;
    }
    out.push(m);
  }
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    const numeral = m.type === 'person' && m.origin === 'detected' ? REGNAL_NUMERAL.exec(text.slice(m.end, m.end + 8)) : null;
    if (numeral && REGNAL_TITLE.test(text.slice(Math.max(0, m.start - 12), m.start)) && !(out[i + 1] && out[i + 1].start < m.end + numeral[0].length && out[i + 1].end > m.end + numeral[0].length)) {
      out[i] = { ...m, end: m.end + numeral[0].length };
      if (out[i + 1] && out[i + 1].start >= m.end && out[i + 1].end <= out[i].end) out.splice(i + 1, 1);
      continue;
    }
    if (m.type !== 'person' || m.origin !== 'detected' || /\s/.test(text.slice(m.start, m.end))) continue;
    const tail = /^ (He|She)(?![\p{L}\p{N}'’-])/u.exec(text.slice(m.end, m.end + 5));
    const next = out[i + 1];
    if (tail && !(next && next.start < m.end + 1 + tail[1].length)) out[i] = { ...m, end: m.end + 1 + tail[1].length };
    const head = TITLE_AND_WORD.exec(text.slice(Math.max(0, m.start - 24), m.start));
    const prev = out[i - 1];
    if (head && TITLES.has(head[1]) && !NOT_A_HEAD.test(head[2]) && !(prev && prev.end > m.start - 3)) out[i] = { ...out[i], start: m.start - 3 };
  }
  return out;
}

/** A regnal number the tagger left out, or read as the platform X: "Pope Pius X", "King George V" (not "I", a pronoun too). */
const REGNAL_NUMERAL = /^ (?=[IVX]{1,5}\b)(?!I\b)(X{0,3}(?:IX|IV|V?I{0,3}))(?![\p{L}\p{N}'’-])/u;
const REGNAL_TITLE = /(?:Pope|King|Queen|Emperor|Empress|Tsar|Sultan) $/;
/** A title, then a capitalized word of two letters, then the name: "President To | Lam". */
const TITLE_AND_WORD = /(?:^|\s)(\S+) (\p{Lu}\p{Ll}) $/u;
/** Two-letter titles and suffixes, which stand between a title and a name without being part of it. */
const NOT_A_HEAD = /^(?:Mr|Ms|Dr|St|Sr|Jr)$/;

/**
 * A name with lower-case particles inside, which the tagger cut at them: "Abdullah bin Zayed Al Nahyan" as "Abdullah"
 * + "Zayed Al Nahyan", "Tamim bin Hamad" as a place + a person. Two detected mentions with only one or two particles
 * and single spaces between them, at least one of them a person, are one person; so "Anna von Berg", "Luis da Costa".
 * Two organizations or places ("Banco de Brasil") are left alone. `sorted` by start; pure.
 */
const PARTICLES = /^(?: (?:bin|bint|ibn|al|el|von|van|der|den|de|da|di|dos|del)){1,2} $/;

export function joinAcrossParticles(text: string, sorted: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.origin === 'detected' && m.origin === 'detected' && m.start > prev.end && (prev.type === 'person' || m.type === 'person')
      && PARTICLES.test(text.slice(prev.end, m.start))) {
      out[out.length - 1] = { ...prev, type: 'person', end: m.end, score: Math.max(prev.score ?? 0.5, m.score ?? 0.5) };
      continue;
    }
    out.push(m);
  }
  return out;
}
