/**
 * A person with no name described by a relative clause: "a woman who sells vegetables at a market in Mandalay told
 * CGTN", "A man whose house was washed away said"; and so a group: "Residents who fled the town said", "said
 * workers who were laid off last year". The clause (no commas: it picks the person or group out) belongs to the
 * speaker's description, as a participle phrase does (participialSpeaker.ts); the names inside it (the market's
 * town, an employer) are no speakers.
 */
import type { Span, Token } from '../types';
import { firstAfter } from './paragraphView';
import { SPEECH_VERBS } from './speechVerbs';

/** Words that open an indefinite description: the person is new to the story. */
const INDEFINITE = /^(?:a|an|one|another)$/i;
const RELATIVE = /^(?:who|whose)$/i;
/** Words that count a plural description: "some residents who …", "two workers who …". */
const QUANTIFIER = /^(?:some|many|several|most|other|few|two|three|four|five|six|seven|eight|nine|ten)$/i;
/** A plural noun for people: "residents", "workers" (in -s, not -ss, -us or -is: not "witness", "bus", "this"), "people". */
const PLURAL_HEAD = /^(?:\p{Ll}{2,}[^\Wsui\d_]s|people|police|children|men|women)$/u;
/** The same as a string's tail before "who": "Residents who …", "some workers who …". */
const PLURAL_DESCRIBED = /^(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+)?(?:\p{L}[\p{Ll}-]*\s+){0,3}?(?:\p{L}\p{Ll}+[^\Wsui\d_]s|[Pp]eople|[Cc]hildren|[Mm]en|[Ww]omen)\s+(?:who|whose)\s[^,;:()]*$/u;

/**
 * Whether tokens `first` to `k` (exclusive, "who" at `k`) describe someone by a clause: an indefinite or definite
 * phrase of lower-case words ("a woman", "one local farmer", "the witness"), or a plural of them, bare or counted,
 * that may open its sentence with a capital ("Residents", "laid-off workers", "some parents").
 */
function opensDescription(t: Token[], first: number, k: number): boolean {
  const lowerFrom = (j: number) => t.slice(j, k).every((x) => /^\p{Ll}/u.test(x.text));
  if (INDEFINITE.test(t[first].text) || /^the$/i.test(t[first].text)) return k > first + 1 && lowerFrom(first + 1);
  const from = QUANTIFIER.test(t[first].text) ? first + 1 : first;
  if (from >= k || !PLURAL_HEAD.test(t[k - 1].text.toLowerCase())) return false;
  // (a capital only on the first word: "Residents", "Local residents"; not a name: "Relief International workers")
  return /^\p{L}\p{Ll}*(?:-\p{L}+)*$/u.test(t[from].text) && lowerFrom(from + 1);
}
/** The longest clause, in tokens from "who" to the reporting verb. */
const MAX_CLAUSE = 12;

/**
 * The whole description when the indefinite or plural phrase `role` (see opensDescription) is followed by
 * "who" or "whose" and a clause of plain words that runs up to token `end` (the reporting verb, exclusive) with no
 * punctuation, quotation mark or reporting verb of its own. Null otherwise.
 */
export function withRelativeClause(t: Token[], role: Span, end: number): Span | null {
  const first = firstAfter(t, role.start), k = firstAfter(t, role.end);
  if (k >= end || end - k > MAX_CLAUSE || !RELATIVE.test(t[k].text) || end - k < 2 || !opensDescription(t, first, k)) return null;
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
 * clause of an unnamed person or group: "a woman who sells vegetables at a market in [Mandalay]", "Residents who
 * fled [Derna]".
 */
export function inRelativeClause(before: string): boolean {
  return /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{Ll}[\p{L}-]*\s+){1,4}(?:who|whose)\s[^,;:()]*$/u.test(before) || PLURAL_DESCRIBED.test(before);
}
