/**
 * "Real coach Xabi Alonso said … ¶ Flick said his team … “…,” the German coach said": a described speaker whose
 * description adds a word (a nationality, "veteran", an age) that the role of the one it would otherwise name lacks
 * ("Real coach") is not forced onto that one. The person the paragraph is about, its last speaker or its subject,
 * takes it when their own role fits the head noun or the article gives them none.
 */
import type { Entity } from '../types';

/** Whether `phraseWords` (the description without its article, head last) hold a word none of `roles` has. */
export function addsWordTo(roles: string[], phraseWords: string[]): boolean {
  if (phraseWords.length < 2) return false;
  const held = new Set(roles.flatMap((r) => r.toLowerCase().split(/[^\p{L}\p{N}-]+/u)));
  return phraseWords.slice(0, -1).some((w) => !held.has(w.toLowerCase()));
}

/**
 * Of `candidates` (the paragraph's last speaker first, then its subject), the first person other than `named` whose
 * roles end in `head` (or one of `posts`) or who has no role at all, and whom `accept` accepts; else null.
 */
export function paragraphSpeaker(entities: Entity[], candidates: (number | null)[], named: number, head: string, posts: string[], accept: (entity: number) => boolean): number | null {
  for (const e of candidates) {
    if (e === null) continue;
    if (e === named) return null;
    const roles = entities[e].roles;
    const fits = roles.length === 0 || roles.some((r) => { const last = r.split(' ').pop()!; return last === head || posts.includes(last); });
    return entities[e].type === 'person' && fits && accept(e) ? e : null;
  }
  return null;
}
