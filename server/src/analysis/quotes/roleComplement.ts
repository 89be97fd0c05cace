/**
 * A role written with the complement of its noun before the name apposed to it: "China's special envoy for climate
 * change, Liu Zhenmin, said", "the head of the UN agency for refugees, Filippo Grandi, told". The phrase before the
 * comma is the complement's object ("climate change"); the role it hangs on opens the whole phrase.
 */
import type { Span, Token } from '../types';
import { phraseEndingAt } from './nounPhrase';
import { firstAfter } from './paragraphView';

/** Prepositions that open the complement of a role noun: "envoy for", "head of", "ambassador to", "spokesperson on". */
const COMPLEMENT = /^(?:for|of|to|on|at)$/;

/**
 * The phrase from the role before `np` through `np`, when `np` is the object of up to two complements hanging on a
 * phrase that opens with a determiner or a possessive ("China's special envoy for climate change"); else null.
 */
export function roleWithComplement(t: Token[], lo: number, np: Span): Span | null {
  let start = np.start;
  for (let n = 0; n < 2; n++) {
    const p = firstAfter(t, start) - 1;
    if (p <= lo || !COMPLEMENT.test(t[p].text)) return null;
    const role = phraseEndingAt(t, lo, p);
    if (!role) return null;
    const k = firstAfter(t, role.start);
    // (a determiner or a possessor opens the role: "the envoy", "China's envoy", "Apple's head")
    if (/^(?:the|a|an|its|his|her|their)$/i.test(t[k].text) || /['’]s$/.test(t[k + 1]?.text ?? '') || t.slice(k, firstAfter(t, role.end)).some((x) => /^['’]s$/.test(x.text))) return { start: role.start, end: np.end };
    start = role.start;
  }
  return null;
}
