/**
 * A nickname, with the ones who gave it or before the sentence's verb: "a levy dubbed “the Netflix tax” by
 * campaigners", "the plan, nicknamed by residents as “the wall”", "a scheme dubbed “…” was approved". The quoted
 * words are a name for the thing, not a statement of the campaigners, and not the words of the thing named or of
 * whoever reports the sentence ("…, the ministry said").
 */
import type { Token } from '../types';

/** Participles that give a name, not a verdict: "branded “reckless” by the opposition" stays the opposition's words. */
const NICKNAMING = /^(?:dubbed|nicknamed|christened)$/;

/**
 * Whether the quotation of tokens [first, end) is a name given by a nicknaming participle with its agent: the
 * participle right before it (or its article) and "by" right after it, or the participle, "by" and its agent and
 * "as" before it; or with no agent, when the verb of the sentence follows the name. `lo` bounds the look back.
 */
export function isNameGivenBy(t: Token[], lo: number, first: number, end: number): boolean {
  let v = first - 1;
  if (v >= lo && /^(?:the|a|an)$/.test(t[v].text)) v--;
  // (or the sentence's own verb right after it: "a scheme dubbed “…” was approved", where the participle hangs on
  // the noun before it)
  if (v >= lo && NICKNAMING.test(t[v].text)) return /^(?:by|was|is|were|are|has|have|had|will|would|could|can|may|might)$/.test(t[end]?.text ?? '');
  // "dubbed by campaigners as “…”"
  if (!(v >= lo && t[v].text === 'as')) return false;
  for (let k = v - 1; k >= Math.max(lo, v - 6); k--) {
    if (/^[,.;:!?"“”]$/.test(t[k].text)) return false;
    if (t[k].text === 'by') return k - 1 >= lo && NICKNAMING.test(t[k - 1].text);
  }
  return false;
}
