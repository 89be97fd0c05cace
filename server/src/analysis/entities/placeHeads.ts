import type { RawMention } from '../types';

/**
 * A name ending in a word of geography is a place, whatever type the tagger gave it, and an ordinal before it is part
 * of it: "Second Thomas Shoal" (tagged the person "Thomas Shoal"), "Scarborough Shoal", "Fiery Cross Reef", "Strait of
 * Hormuz" stays as tagged. Only names of two words or more; mentions a person tagged or confirmed stay as they are.
 * Pure.
 */
const HEAD = /\s(?:Shoal|Reef|Atoll|Cay|Strait|Peninsula|Archipelago|Glacier|Volcano|Canyon|Plateau|Desert|Basin|Delta)$/;
const ORDINAL_BEFORE = /(?:^|[^\p{L}])(First|Second|Third|Fourth|Fifth)\s$/u;

export function placeHeads(text: string, mentions: RawMention[]): RawMention[] {
  if (!/Shoal|Reef|Atoll|Cay|Strait|Peninsula|Archipelago|Glacier|Volcano|Canyon|Plateau|Desert|Basin|Delta/.test(text)) return mentions;
  let changed = false;
  const out = mentions.map((m) => {
    if (m.origin !== 'detected' || !HEAD.test(text.slice(m.start, m.end))) return m;
    const ordinal = ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start));
    const start = ordinal && !mentions.some((o) => o !== m && o.end > m.start - ordinal[1].length - 1 && o.start < m.start) ? m.start - ordinal[1].length - 1 : m.start;
    if (m.type === 'location' && start === m.start) return m;
    changed = true;
    return { ...m, start, type: 'location' as const };
  });
  return changed ? out : mentions;
}
