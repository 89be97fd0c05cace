/**
 * Words written on a banner, a sign or a placard: "protesters carried banners reading “…”". Their writer is not
 * named, and the one who carries them is not reported to say them: the thing that shows them, as a document ("the
 * letter read"), is what the quotation comes from, whatever speaks in the rest of the sentence.
 */
import type { Span, Token } from '../types';
import { phraseEndingAt } from './nounPhrase';

/** Things that carry written words for all to see: a banner, a sign, a placard. */
const DISPLAY_NOUN = /^(?:banners?|signs?|placards?|posters?|billboards?|stickers?|t-shirts?|shirts?|flags?|murals?|graffiti)$/i;

/**
 * The thing a participle right after it shows the words of: "a banner reading “…”", "placards saying “…”". Their
 * writer is not named, and the one who carries them is not reported to say the words: the thing, as a document
 * ("the letter read"), is what the quotation comes from.
 */
export function displayedOn(t: Token[], lo: number, v: number): Span | null {
  if (!/^(?:reading|saying)$/.test(t[v].text) || v - 1 < lo || !DISPLAY_NOUN.test(t[v - 1].text)) return null;
  // (from after a participle the phrase took in: "some carrying signs" → "signs")
  let from = lo;
  for (let k = v - 2; k >= lo && /^\p{Ll}/u.test(t[k].text); k--) if (/ing$/.test(t[k].text)) { from = k + 1; break; }
  return phraseEndingAt(t, from, v);
}

/**
 * The thing showing the quotation that opens at token `first`, named right before it: "banners reading “…”", "a
 * banner that read “…”", "placards which said “…”". Null when the words before the quotation are no such thing's.
 */
export function displayBefore(t: Token[], lo: number, first: number): Span | null {
  const v = first - 1;
  if (v < lo) return null;
  if (/^(?:reading|saying)$/.test(t[v].text)) return displayedOn(t, lo, v);
  // "a banner that read “…”" (the relative pronoun and its verb stand where the participle would)
  if (!/^(?:read|reads|said|says)$/.test(t[v].text) || v - 2 < lo || !/^(?:that|which)$/.test(t[v - 1].text) || !DISPLAY_NOUN.test(t[v - 2].text)) return null;
  let from = lo;
  for (let k = v - 3; k >= lo && /^\p{Ll}/u.test(t[k].text); k--) if (/ing$/.test(t[k].text)) { from = k + 1; break; }
  return phraseEndingAt(t, from, v - 1);
}
