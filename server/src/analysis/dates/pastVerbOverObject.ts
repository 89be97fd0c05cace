/**
 * A past verb that governs a month or day told after its object, farther back than `pastVerbGoverns` reaches: "The
 * bank raised its key lending rate in January", "The ministry approved two new vaccines for children in March". The
 * verb is the sentence's own, right after its subject ("The bank raised …"), and only a plain noun phrase (with "of",
 * "for", "by" phrases) stands between it and the preposition before the date, so the date is when it happened.
 */
import type { Token } from '../types';
import { subjectOpensSentence } from './clauseSubject';

// The preposition right before the date.
const DATE_PREPOSITION = /^(?:in|on|during)$/i;
// Words of a noun phrase object and its prepositional phrases; not "to" (an infinitive's clause), nor conjunctions.
const OBJECT_WORD = /^(?:[\p{L}][\p{L}'’-]*|\d[\d,.]*%?)$/u;
const NOT_OBJECT_WORD = /^(?:to|and|or|but|that|which|who|whom|whose|when|where|while|if|as|than|until|till|before|after|since|because|will|would|could|should|may|might|must|can|shall|is|are|was|were|be|been|has|have|had|do|does|did|not|said|says)$/i;
const MAX_OBJECT_WORDS = 9;
// Verbs of saying and thinking take a clause, whose own verb tells the date's tense: "He said the delegation leaves on
// Sunday".
const CLAUSE_VERB = /^(?:said|told|added|noted|stated|reported|announced|confirmed|warned|predicted|expected|hoped|believed|thought|argued|insisted|claimed|estimated|forecast|indicated|signaled|signalled|suggested|agreed|decided|promised|pledged|vowed|denied|revealed|acknowledged|admitted|explained|wrote|knew|felt|feared|assumed|projected)$/i;

/**
 * True when the date starting at token `lo` follows "in"/"on"/"during" and, before that, an object of up to nine
 * words after a past verb (by `tenseOf`, a token index's tense word class) that follows its sentence's subject alone.
 */
export function pastVerbOverObject(tokens: Token[], lo: number, tenseOf: (j: number) => string | null): boolean {
  if (!DATE_PREPOSITION.test(tokens[lo - 1]?.text ?? '')) return false;
  for (let i = lo - 2, n = 0; i >= 0 && n <= MAX_OBJECT_WORDS; i--, n++) {
    const w = tokens[i].text;
    const k = tenseOf(i);
    if (k === 'past' && !/^(?:ago|last|earlier|previously|former|yesterday)$/i.test(w) && !CLAUSE_VERB.test(w)) return n > 0 && /^\p{Ll}+$/u.test(w) && subjectOpensSentence(tokens, i, (j) => tenseOf(j) !== null);
    // A word that may be a verb of another tense is a noun here ("a new plan", "its key lending rate"); modals and
    // auxiliaries are in NOT_OBJECT_WORD.
    if (!OBJECT_WORD.test(w) || NOT_OBJECT_WORD.test(w)) return false;
  }
  return false;
}
