import type { RawMention } from '../types';

/**
 * Puts whole names found by a document rule (`names`) in place of the detected mentions lying inside them. A name is
 * dropped where it overlaps a mention a person tagged or confirmed, or a detection reaching outside it. Pure.
 */
export function replaceByNames(mentions: RawMention[], names: RawMention[]): RawMention[] {
  if (!names.length) return mentions;
  const inside = (m: RawMention, n: RawMention) => n.start <= m.start && m.end <= n.end;
  const overlaps = (m: RawMention, n: RawMention) => m.start < n.end && n.start < m.end;
  const kept = names.filter((n) => !mentions.some((m) => overlaps(m, n) && (m.origin === 'user' || m.origin === 'confirmed' || !inside(m, n))));
  if (!kept.length) return mentions;
  const out = mentions.filter((m) => !kept.some((n) => inside(m, n)));
  return [...out, ...kept].sort((a, b) => a.start - b.start || b.end - a.end);
}
