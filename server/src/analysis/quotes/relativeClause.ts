/**
 * A person with no name described by a relative clause: "a woman who sells vegetables at a market in Mandalay told
 * CGTN", "A man whose house was washed away said". The clause (no commas: it picks the person out) belongs to the
 * speaker's description, as a participle phrase does (participialSpeaker.ts); the names inside it (the market's
 * town, an employer) are no speakers.
 */
import type { Span, Token } from '../types';
import { firstAfter } from './paragraphView';
import { SPEECH_VERBS } from './speechVerbs';

/** Words that open an indefinite description: the person is new to the story. */
const INDEFINITE = /^(?:a|an|one|another)$/i;
const RELATIVE = /^(?:who|whose)$/i;
/** The longest clause, in tokens from "who" to the reporting verb. */
const MAX_CLAUSE = 12;

/**
 * The whole description when the indefinite phrase `role` (lower-case words after its determiner) is followed by
 * "who" or "whose" and a clause of plain words that runs up to token `end` (the reporting verb, exclusive) with no
 * punctuation, quotation mark or reporting verb of its own. Null otherwise.
 */
export function withRelativeClause(t: Token[], role: Span, end: number): Span | null {
  const first = firstAfter(t, role.start), k = firstAfter(t, role.end);
  if (!INDEFINITE.test(t[first].text) || k >= end || end - k > MAX_CLAUSE || !RELATIVE.test(t[k].text) || end - k < 2) return null;
  for (let j = first + 1; j < k; j++) if (!/^\p{Ll}/u.test(t[j].text)) return null;
  for (let j = k + 1; j < end; j++) {
    if (!/^[\p{L}\p{N}][\p{L}\p{N}.&'’-]*$/u.test(t[j].text) || SPEECH_VERBS.has(t[j].text.toLowerCase())) return null;
  }
  return { start: role.start, end: t[end - 1].end };
}

/**
 * The described person whose relative clause ends right before token `end` (the reporting verb): walks left from
 * `end` to "who"/"whose", no further than `lo`, and takes the indefinite phrase before it that opens its clause.
 * `phraseBefore` finds the noun phrase ending before a token.
 */
export function relativeSpeakerBefore(t: Token[], lo: number, end: number, phraseBefore: (end: number) => Span | null): Span | null {
  for (let k = end - 1; k > lo && k >= end - MAX_CLAUSE; k--) {
    if (!/^[\p{L}\p{N}]/u.test(t[k].text)) return null;
    if (!RELATIVE.test(t[k].text)) continue;
    const role = phraseBefore(k);
    if (!role || firstAfter(t, role.end) !== k) return null;
    const first = firstAfter(t, role.start);
    const opens = first - 1 < lo || /^(?:[,;:(―—–"“”-]|and|but|so|then|while|when|as)$/i.test(t[first - 1].text);
    return opens ? withRelativeClause(t, role, end) : null;
  }
  return null;
}

/**
 * Whether a name inside a speaker's phrase, after `before` (the phrase's text up to it), stands in the relative
 * clause of an unnamed person: "a woman who sells vegetables at a market in [Mandalay]".
 */
export function inRelativeClause(before: string): boolean {
  return /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{Ll}[\p{L}-]*\s+){1,4}(?:who|whose)\s[^,;:()]*$/u.test(before);
}
