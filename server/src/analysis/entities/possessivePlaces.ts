import type { RawMention } from '../types';

/**
 * Places named with a saint's or a founder's possessive are one name: "St. Peter's Square", "St Paul's Cathedral",
 * "St. Mark's Basilica", "Regent's Park". A tagger may stop at the possessive and find the head word apart ("St.
 * Peter" a place or a person, "Square" a place). A detected mention right before "'s " and a capitalized head word
 * for a square, a church or a park (a lone mention of that word, or no mention at all) is joined with it into one
 * place. A head standing with words of its own ("Beijing's Tiananmen Square") is a name of its own, and stays.
 * Mentions a person tagged or confirmed stay as they are. Pure.
 */
const HEAD_AFTER = /^['’]s (Square|Basilica|Cathedral|Church|Chapel|Abbey|Park|Bridge|Gate|Wood|Field|Island|Bay)(?![\p{L}\p{N}'’-])/u;

export function possessivePlaces(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  const dropped = new Set<RawMention>();
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected' || dropped.has(m)) return;
    const head = HEAD_AFTER.exec(text.slice(m.end, m.end + 14));
    if (!head) return;
    const end = m.end + head[0].length;
    const next = mentions[i + 1];
    const headMention = next && next.start < end ? next : undefined;
    if (headMention && (headMention.start !== end - head[1].length || headMention.end !== end || headMention.origin !== 'detected')) return;
    out ??= [...mentions];
    out[i] = { ...m, end, type: 'location' };
    if (headMention) dropped.add(headMention);
  });
  return out ? (out as RawMention[]).filter((m) => !dropped.has(m)) : mentions;
}
