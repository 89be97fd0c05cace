/**
 * Whether the words before a token are its sentence's subject alone ("The central bank raised …", "It raised …",
 * "The Bank of Japan hiked …"), so that an "-ed" word right after them is the sentence's past verb and not an adjective
 * before a noun ("the preferred shares", "its newly listed units").
 */
import type { Token } from '../types';

const SUBJECT_PRONOUN = /^(?:it|he|she|they|we|i)$/i;
// A noun phrase opening the sentence opens with a capital: a determiner ("The") or a name ("Tesla").
const OPENS_PHRASE = /^\p{Lu}[\p{L}\d.-]*$/u;
const PHRASE_WORD = /^[\p{L}\d][\p{L}\d.-]*$/u;
// Words after which the next one is still inside the phrase, not its verb ("the newly", "the", "of").
const NOT_PHRASE_END = /^(?:the|a|an|its|their|his|her|our|this|these|those|newly|of|and|'s|’s)$/i;
// Sentence-opening words that are no subject: adverbs and conjunctions ("Recently", "However", "But").
const NOT_SUBJECT_OPENER = /^(?:\p{L}+ly|However|But|And|Yet|Still|Meanwhile|Also|Then|So|After|Before|When|While|Since|If|As|In|On|At|By|For|From|With|During)$/u;
const MAX_SUBJECT_WORDS = 5;
const DETERMINER_OPENER = /^(?:The|A|An|Its|Their|His|Her|Our|This)$/;
// Words that are no part of a noun phrase before its verb: pronouns inside it, modals and auxiliaries.
const BARE_PRONOUN_OR_MODAL = /^(?:it|he|she|they|we|i|you|would|will|could|should|may|might|must|can|shall|is|are|was|were|be|been|has|have|had|do|does|did|to|not)$/i;

// What may follow the verb as its object: not a word that opens another clause or phrase ("prayed as …", "met when …").
const NOT_OBJECT = /^(?:as|when|while|because|after|before|since|until|till|if|than|so|that|though|although|once|whether)$/i;

/**
 * True when the tokens from the start of `i`'s sentence up to `i` are a subject noun phrase or pronoun, none of them a
 * verb by `isVerb` (a token index), and the token after `i` may be its object.
 */
export function subjectOpensSentence(tokens: Token[], i: number, isVerb: (j: number) => boolean): boolean {
  if (NOT_OBJECT.test(tokens[i + 1]?.text ?? '')) return false;
  let j = i - 1;
  while (j >= 0 && i - j <= MAX_SUBJECT_WORDS && PHRASE_WORD.test(tokens[j].text)) j--;
  // The phrase must open the text or follow a sentence's end.
  if (j >= 0 && !/^[.!?]$/.test(tokens[j].text)) return false;
  const words = tokens.slice(j + 1, i).map((t) => t.text);
  if (words.length === 1 && SUBJECT_PRONOUN.test(words[0])) return true;
  if (!words.length || words.some((w, k) => BARE_PRONOUN_OR_MODAL.test(w) || isVerb(j + 1 + k))) return false;
  if (!OPENS_PHRASE.test(words[0]) || NOT_SUBJECT_OPENER.test(words[0])) return false;
  // A determiner alone is no subject: "The preferred shares …".
  return words.length === 1 ? !DETERMINER_OPENER.test(words[0]) : !NOT_PHRASE_END.test(words.at(-1)!);
}
