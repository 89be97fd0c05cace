import type { RawMention } from '../types';

/**
 * A name between "the" and "family", "clan" or "household" is the family's surname, a person's name in the CoNLL
 * scheme ("the Kennedy family"), whatever the tagger made of a surname it did not know ("The Nguyễn family"/place).
 * A detected mention of one capitalized word there, not typed person, becomes a person. Mentions a person
 * tagged or confirmed stay as they are. Pure.
 */
const FAMILY_AFTER = /^ (?:family|families|clan|household)\b/;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he $/u;
/** One word: a surname; longer names before "family" are a club's or a firm's ("the Manchester United family"). */
const ONE_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

export function familyNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!/ (?:family|families|clan|household)\b/.test(text)) return mentions;
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected' || m.type === 'person' || !FAMILY_AFTER.test(text.slice(m.end, m.end + 12))) return;
    if (!THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start)) || !ONE_WORD.test(text.slice(m.start, m.end))) return;
    out ??= mentions.slice();
    out[i] = { ...m, type: 'person' };
  });
  return out ?? mentions;
}
