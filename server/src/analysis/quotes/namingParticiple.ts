/**
 * A quotation that is a name given to someone or something by no one the sentence names: "the film, dubbed “…”" /
 * "the scientist often called the “father of …”" / "the striker, known as “the Hammer”". PolNeAR counts such a
 * quoted name as a quotation, so it stays one; but it has no speaker, neither in its sentence nor by inheritance
 * from the other quotations of its paragraph.
 */
import type { Token } from '../types';
import { phraseEndingAt, SUBJECT_PRONOUNS } from './nounPhrase';
import { firstAfter, type ParagraphView } from './paragraphView';
import { isNameGivenBy } from './nameGivenBy';

/** Participles that give a name: "dubbed", "called", "labelled", "termed", "nicknamed". */
const NAMING = /^(?:dubbed|called|labeled|labelled|termed|nicknamed)$/;
/** Adverbs that may stand before a naming participle: "often called", "widely dubbed". */
const NAMING_ADVERB = /^(?:\p{Ll}+ly|often|also|sometimes|once|still|now)$/u;

/**
 * Whether the word at `v` is a participle naming something after it, with no subject of its own, right before
 * the quotation (or its article) at `quoteFirst`: "the film, dubbed “…”" / "the scientist often called the “father
 * of …”" / "a striker known as “the Hammer”". After a comma only the rarer naming verbs count ("Biden, in Warsaw,
 * called …" is active); "called" needs an adverb before it, as does "known as" ("widely known as").
 */
export function isNamingParticiple(t: Token[], lo: number, v: number, quoteFirst: number): boolean {
  // "known as" names like a participle ("the striker, known as …"); its "as" stands where "dubbed" would
  const knownAs = t[v]?.text === 'as' && t[v - 1]?.text === 'known';
  if (!knownAs && !NAMING.test(t[v]?.text ?? '')) return false;
  const next = /^(?:the|a|an)$/.test(t[v + 1]?.text ?? '') ? v + 2 : v + 1;
  if (next !== quoteFirst) return false;
  const verb = knownAs ? v - 1 : v;
  let k = verb - 1;
  while (k >= lo && NAMING_ADVERB.test(t[k].text)) k--;
  if (k < lo) return false;
  if (k === verb - 1) return (t[k].text === ',' && t[v].text !== 'called') || inApposition(t, lo, k);
  // (after the adverb, a comma or a common noun: not a name, pronoun, clause word or auxiliary, which make it active:
  // "Lee often called …", "what he has called …")
  return t[k].text === ',' || (/^\p{Ll}+$/u.test(t[k].text) && !SUBJECT_PRONOUNS.has(t[k].text) && !/^(?:which|that|who|whom|what|has|have|had|once)$/.test(t[k].text));
}

/**
 * Whether the common noun at `k` ends a phrase in apposition, opened by an article right after a comma ("Haaland, the
 * striker nicknamed …"): a participle after it hangs on it, while after a subject ("critics dubbed …") it is the verb.
 */
function inApposition(t: Token[], lo: number, k: number): boolean {
  if (!/^\p{Ll}+$/u.test(t[k].text) || SUBJECT_PRONOUNS.has(t[k].text)) return false;
  const np = phraseEndingAt(t, lo, k + 1);
  const first = np ? firstAfter(t, np.start) : -1;
  return np !== null && first - 1 >= lo && t[first - 1].text === ',' && /^(?:the|a|an)$/i.test(t[first].text);
}

/** Whether the quotation at `q` of the paragraph is a name given by a naming participle right before it. */
export function isGivenName(view: ParagraphView, q: number): boolean {
  const first = view.quoted[q].first;
  const lo = q > 0 ? view.quoted[q - 1].end : view.lo;
  for (let v = first - 1; v >= Math.max(lo, first - 2); v--) if (isNamingParticiple(view.tokens, lo, v, first)) return true;
  return isNameGivenBy(view.tokens, lo, first, view.quoted[q].end);
}
