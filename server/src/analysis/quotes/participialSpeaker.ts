/**
 * A person described by what they were doing, with no name: "A mother waiting outside a collapsed building said",
 * "a man holding a photo of his son told reporters". The phrase before the verb is the participle's object or the
 * place it names ("a collapsed building"); the speaker is the whole described person, from the determiner that opens
 * the clause.
 */
import type { Span, Token } from '../types';
import { phraseEndingAt } from './nounPhrase';
import { firstAfter } from './paragraphView';

/** Prepositions of place, aim and company that a participle's phrase may end with. */
const PLACE_PREPOSITION = /^(?:outside|inside|near|at|in|on|by|beside|behind|along|across|around|outside|from|for|with|of|under|into|onto|through|among|amid)$/;
/** Nouns in -ing, which are no participles: "the meeting", "a briefing", "the building". */
const ING_NOUN = /^(?:meeting|building|briefing|hearing|morning|evening|wedding|ceiling|funding|training|housing|ruling|spending|opening|offering|setting|bombing|shooting|killing|warning|landing|crossing|gathering|listing|painting|recording|filing|sitting|clothing|feeling|thing|king|spring|string|ring|wing|during|according|including|following|regarding|concerning|nothing|something|anything|everything)$/;
const OPENER = /^(?:a|an|one|another|the)$/i;
/** What may stand before a clause's subject: its start, a comma, a colon, a dash, a quotation mark or a conjunction. */
const CLAUSE_BOUNDARY = /^(?:[,;:(―—–"“”-]|and|but|so|then|while|when|as)$/i;

/**
 * The described person whose participle phrase ends in `np`, over up to three links ("a woman holding a photo of
 * her son"): a determiner phrase whose last word is a participle in -ing, opening its clause after `lo`; else null.
 */
export function participialSpeaker(t: Token[], lo: number, np: Span): Span | null {
  let start = np.start;
  for (let n = 0; n < 3; n++) {
    const p = firstAfter(t, start) - 1;
    if (p < lo) return null;
    // the participle's object right after it ("holding a photo"), or a phrase a preposition hangs on it
    const direct = /^\p{Ll}{3,}ing$/u.test(t[p].text);
    if (!direct && !PLACE_PREPOSITION.test(t[p].text)) return null;
    const inner = phraseEndingAt(t, lo, direct ? p + 1 : p);
    if (!inner) return null;
    const first = firstAfter(t, inner.start), last = firstAfter(t, inner.end) - 1;
    // (the participle may take a particle and an object of its own: "a volunteer handing out water")
    const isParticiple = (x: Token) => /^\p{Ll}{3,}ing$/u.test(x.text) && !ING_NOUN.test(x.text);
    if (last - first >= 2 && OPENER.test(t[first].text) && t.slice(first + 2, last + 1).some(isParticiple)) {
      return first - 1 < lo || CLAUSE_BOUNDARY.test(t[first - 1].text) ? { start: inner.start, end: np.end } : null;
    }
    if (direct) return null;
    start = inner.start;
  }
  return null;
}
