/**
 * A verdict passed on something by someone, in their words: "the bill was labelled “a tax on the poor” by the
 * opposition", "a plan branded “reckless” by Baker". Unlike a nickname ("dubbed", see nameGivenBy.ts), the words are
 * the judgement of the one after "by", who is the speaker, not the subject of the sentence.
 */
import type { Span, Token } from '../types';
import { phraseStartingAt } from './nounPhrase';

/** Participles that pass a verdict in someone's words: "labelled", "branded", "called", "described as". */
const VERDICT = /^(?:labell?ed|branded|called|termed|slammed|denounced|condemned|decried|hailed|praised|critici[sz]ed|described)$/;

/**
 * The agent after "by" of the verdict quoted in tokens [first, end): the participle right before the quotation (or
 * its "as" or article), "by" right after it and a phrase up to `hi`; else null.
 */
export function verdictAgent(t: Token[], lo: number, first: number, end: number, hi: number): Span | null {
  let v = first - 1;
  if (v >= lo && /^(?:as|a|an|the)$/.test(t[v].text)) v--;
  if (v >= lo && t[v].text === 'as') v--;
  if (v < lo || !VERDICT.test(t[v].text) || t[end]?.text !== 'by' || end + 1 >= hi) return null;
  return phraseStartingAt(t, end + 1, hi);
}
