import type { EntityType, RawMention, Token } from '../types';

/**
 * Document-level consistency over the whole article's mentions (absolute offsets):
 *  1. the same string gets the type with the most (score-weighted) votes, unless a mention is much surer of its
 *     own type than the vote;
 *  2. every single word of a multi-word person name ("Wang" of "Wang Yi", "Moon" of "Moon Jae-in") is that person;
 *  3. unlabeled repetitions, on token boundaries, of a string tagged elsewhere become mentions of its type.
 * Pure; linear in the text for each distinct mention string.
 */

const COMMON = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'an', 'he', 'she', 'it', 'we',
  'they', 'i', 'in', 'on', 'at', 'of', 'and', 'but', 'mr', 'mrs', 'ms', 'dr', 'president', 'minister',
]);

/** A mention at least this sure of its own type keeps it against the document vote. */
const KEEP_OWN_TYPE = 0.9;

interface Vote { total: number; byType: Map<EntityType, number> }

export function harmonizeTypes(text: string, mentions: RawMention[], tokens: Token[]): RawMention[] {
  const out = mentions.map((m) => ({ ...m }));
  const key = (m: RawMention) => text.slice(m.start, m.end);
  // 1. Majority type per string.
  const votes = new Map<string, Vote>();
  const vote = (k: string, type: EntityType, w: number) => {
    const v = votes.get(k) ?? { total: 0, byType: new Map() };
    v.total += w;
    v.byType.set(type, (v.byType.get(type) ?? 0) + w);
    votes.set(k, v);
  };
  for (const m of out) vote(key(m), m.type, m.origin === 'user' || m.origin === 'confirmed' ? 10 : m.score ?? 0.5);
  const winner = (k: string): EntityType | null => {
    const v = votes.get(k);
    if (!v) return null;
    let best: EntityType | null = null, bestW = -1;
    for (const [t, w] of v.byType) if (w > bestW) { best = t; bestW = w; }
    return best;
  };
  for (const m of out) {
    if (m.origin === 'user' || m.origin === 'confirmed') continue;
    const w = winner(key(m));
    if (w && w !== m.type && (m.score ?? 0.5) < KEEP_OWN_TYPE) m.type = w;
  }
  // 2. Parts of multi-word person names.
  const personParts = new Map<string, number>();
  for (const m of out) {
    if (m.type !== 'person') continue;
    const words = key(m).split(/\s+/);
    if (words.length < 2) continue;
    for (const w of words) if (/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(w) && !COMMON.has(w.toLowerCase())) personParts.set(w, Math.max(personParts.get(w) ?? 0, m.score ?? 0.5));
  }
  for (const m of out) {
    if (m.origin === 'user' || m.origin === 'confirmed') continue;
    if (personParts.has(key(m)) && m.type !== 'person') m.type = 'person';
  }
  // 3. Untagged repetitions.
  const starts = new Set<number>(), ends = new Set<number>();
  for (const t of tokens) { starts.add(t.start); ends.add(t.end); }
  const candidates = new Map<string, { type: EntityType; score: number }>();
  for (const m of out) {
    const k = key(m);
    if (k.length < 2 || !/^\p{Lu}/u.test(k) || COMMON.has(k.toLowerCase())) continue;
    const w = personParts.has(k) ? 'person' : winner(k) ?? m.type;
    const prev = candidates.get(k);
    if (!prev || (m.score ?? 0.5) > prev.score) candidates.set(k, { type: w, score: m.score ?? 0.5 });
  }
  for (const [k, s] of personParts) if (!candidates.has(k)) candidates.set(k, { type: 'person', score: s });
  const covered = new Uint8Array(text.length + 1);
  const cover = (s: number, e: number) => covered.fill(1, s, e);
  const isCovered = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (covered[i]) return true;
    return false;
  };
  for (const m of out) cover(m.start, m.end);
  const added: RawMention[] = [];
  const longestFirst = [...candidates].sort((a, b) => b[0].length - a[0].length);
  for (const [k, c] of longestFirst) {
    if (c.score < 0.6) continue;
    for (let at = text.indexOf(k); at !== -1; at = text.indexOf(k, at + 1)) {
      const end = at + k.length;
      if (!starts.has(at) || !ends.has(end) || isCovered(at, end)) continue;
      added.push({ start: at, end, type: c.type, score: c.score * 0.9, origin: 'detected' });
      cover(at, end);
    }
  }
  return [...out, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
