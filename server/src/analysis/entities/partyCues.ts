import type { RawMention } from '../types';

/**
 * A party named by what its members are called, or before the post of one of them, is an organization, though the
 * tagger reads a person ("Green" is also a surname) or misc (a plural of people):
 *  - a one-word name right before a post only a party's politician holds, itself before a name or in the plural:
 *    "Green lead candidate Jana Roe", "Labour lawmakers voted", "Reform MP Tom Doe" (CoNLL-2003 tags "Labour" of
 *    "Labour leader Tony Blair" an organization); a person is not named before such a post ("Biden spokesman" is
 *    no cue: a spokesman or an aide serves a person too); only a name the tagger read as a person's, as a nation's
 *    adjective before such a post is misc ("Yugoslav politicians");
 *  - a name of two or three words right before "party" ("the Free Voters party", "the Sweden Democrats party"), or
 *    ending in "Voters" ("the Free Voters"): a body of voters named as such is a party or an association.
 * Only the mention with the cue changes. Mentions a person tagged or confirmed stay as they are. Pure.
 *
 * It runs on every keystroke: each mention tests the few characters after it, nothing else scans the article.
 */
const PARTY_POST = /^ (?:lead candidate|top candidate|chancellor candidate|co-leaders?|lawmakers?|legislators?|MPs?|MEPs?|politicians?|party leader|co-chairs?)(?: \p{Lu}|s\b|\b(?= (?:who|have|had|are|were|voted|said)\b))/u;
const PARTY_AFTER = /^ party\b/;
const ONE_WORD = /^\p{Lu}[\p{Ll}]+$/u;
const SEVERAL_WORDS = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){1,2}$/u;

export function partyCues(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected' || m.type === 'organization') return;
    const name = text.slice(m.start, m.end);
    const after = text.slice(m.end, m.end + 28);
    const party = ONE_WORD.test(name) ? m.type === 'person' && PARTY_POST.test(after)
      : SEVERAL_WORDS.test(name) && (PARTY_AFTER.test(after) || name.endsWith(' Voters'));
    if (!party) return;
    out ??= mentions.slice();
    out[i] = { ...m, type: 'organization' };
  });
  return out ?? mentions;
}
