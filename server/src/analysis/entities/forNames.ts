import type { RawMention } from '../types';

/**
 * Institutions named "<head> for <whom>": "the Asian Forum for Cooperation", "Institute for Strategic Studies",
 * "Alliance for Clean Water". The tagger often stops at the head word and tags what follows "for" as a name of its
 * own ("Nordic Forum" + "Europe"). A detected mention ending in an institution's head word, then " for ", then a
 * detected mention of capitalized words, is one organization, unless
 *  - the second name is a possessive ("the Forum for Asia's farmers", "a Fund for Africa's roads"): "for" then
 *    introduces a beneficiary, and what it owns, not the rest of a name;
 *  - the head is a lender ("Bank", "Fund") and the second name is one place: "a loan from the Regional Bank for
 *    Kenya" is a loan for Kenya; named lenders of this shape spell out a purpose ("Bank for Reconstruction").
 * Mentions a person tagged or confirmed stay. Pure.
 */
const HEAD = /\s(?:Forum|Fund|Bank|Institute|Foundation|Council|Association|Alliance|Centre|Center|Society|Coalition|Partnership)$/;
const LENDER = /\s(?:Fund|Bank)$/;
const CAPITALIZED_WORDS = /^\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*$/u;

export function joinForNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes(' for ')) return mentions;
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawMention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i], b = sorted[i + 1];
    if (b && joins(text, a, b)) {
      out.push({ start: a.start, end: b.end, type: 'organization', score: Math.max(a.score ?? 0.5, b.score ?? 0.5), origin: 'detected' });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function joins(text: string, a: RawMention, b: RawMention): boolean {
  if (a.origin !== 'detected' || b.origin !== 'detected' || a.type === 'person' || b.type === 'person') return false;
  if (text.slice(a.end, b.start) !== ' for ') return false;
  const head = text.slice(a.start, a.end), tail = text.slice(b.start, b.end);
  if (!HEAD.test(head) || !CAPITALIZED_WORDS.test(tail)) return false;
  if (LENDER.test(head) && b.type === 'location' && !tail.includes(' ')) return false;
  return !/^['’]/.test(text.slice(b.end, b.end + 1));
}
