import type { Entity, EntityType, Mention, RawMention, Token } from '../types';
import { definedAcronyms } from './acronyms';
import { cleanName, initials, isAcronym, isAllCaps, nameKey, nameWords } from './nameForms';
import { rolesAfter, rolesBefore } from './roles';
import { tokenAt } from './tokenIndex';

interface Cluster {
  type: EntityType;
  members: number[];
  /** Name keys of the members, for exact matches. */
  keys: Set<string>;
  /** Word lists of the longest members, for surname / tail matches. */
  longest: string[];
}

/**
 * Groups an article's mentions into entities: the same name in any case ("THAAD", "Thaad"), a person's surname or
 * given name alone after the full name ("Wang Yi" … "Wang"), an acronym and its expansion ("Terminal High Altitude Area
 * Defense (THAAD)" … "THAAD"), the tail of an organization's name ("South Korean Foreign Ministry" … "Foreign Ministry"),
 * possessives ("China's"). The canonical name is the longest proper mention; roles are the titles seen with a person.
 */
export function linkMentions(text: string, raw: RawMention[], tokens: Token[]): { mentions: Mention[]; entities: Entity[] } {
  const sorted = dropOverlaps(raw);
  const acronyms = definedAcronyms(text, sorted);
  const order = sorted.map((_, i) => i).sort((a, b) => wordCount(text, sorted[b]) - wordCount(text, sorted[a]) || sorted[a].start - sorted[b].start);
  const clusters: Cluster[] = [];
  const clusterOf = new Array<number>(sorted.length).fill(-1);

  const join = (i: number, c: number) => {
    const cluster = clusters[c];
    cluster.members.push(i);
    cluster.keys.add(nameKey(slice(text, sorted[i])));
    clusterOf[i] = c;
  };

  for (const i of order) {
    const m = sorted[i];
    const name = slice(text, m);
    const key = nameKey(name);
    let target = clusters.findIndex((c) => c.type === m.type && c.keys.has(key));
    if (target < 0 && isAcronym(name)) target = findAcronymExpansion(name, m.type, clusters, acronyms, clusterOf);
    if (target < 0) target = findPartialName(name, m, clusters, sorted, clusterOf);
    if (target >= 0) join(i, target);
    else {
      clusters.push({ type: m.type, members: [], keys: new Set(), longest: nameWords(name) });
      join(i, clusters.length - 1);
    }
  }

  // Entities in order of first appearance.
  const firstOf = (c: Cluster) => Math.min(...c.members.map((i) => sorted[i].start));
  const clusterOrder = clusters.map((_, c) => c).sort((a, b) => firstOf(clusters[a]) - firstOf(clusters[b]));
  const entityOfCluster = new Map(clusterOrder.map((c, e) => [c, e]));

  const mentions: Mention[] = sorted.map((m, i) => ({
    start: m.start,
    end: m.end,
    text: slice(text, m),
    type: m.type,
    entity: entityOfCluster.get(clusterOf[i])!,
    origin: m.origin ?? 'detected',
    score: m.score ?? 1,
  }));

  const entities: Entity[] = clusterOrder.map((c, id) => {
    const members = clusters[c].members.slice().sort((a, b) => a - b);
    const name = canonicalName(members.map((i) => mentions[i].text));
    const definition = members.find((i) => nameKey(mentions[i].text) === nameKey(name)) ?? members[0];
    const aliases = [...new Set(members.map((i) => cleanName(mentions[i].text)))].filter((a) => a !== name);
    const roles = new Set<string>();
    if (clusters[c].type === 'person') {
      for (const i of members) {
        const first = tokenAt(tokens, mentions[i].start);
        const end = tokenAt(tokens, mentions[i].end);
        for (const r of rolesBefore(tokens, first)) roles.add(r);
        for (const r of rolesAfter(tokens, end)) roles.add(r);
      }
    }
    return { id, type: clusters[c].type, name, aliases, mentions: members, definition, roles: [...roles] };
  });
  return { mentions, entities };
}

function slice(text: string, m: { start: number; end: number }): string {
  return text.slice(m.start, m.end);
}

function wordCount(text: string, m: RawMention): number {
  return nameWords(slice(text, m)).length;
}

/** Overlapping detections keep the longer (then the more confident) span, so every offset belongs to one mention. */
function dropOverlaps(raw: RawMention[]): RawMention[] {
  const byStart = raw.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawMention[] = [];
  for (const m of byStart) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      const better = m.end - m.start > last.end - last.start || (m.end - m.start === last.end - last.start && (m.score ?? 1) > (last.score ?? 1));
      if (better) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

function findAcronymExpansion(name: string, type: EntityType, clusters: Cluster[], acronyms: Map<string, number>, clusterOf: number[]): number {
  const acronym = cleanName(name).replace(/\./g, '').toUpperCase();
  const defined = acronyms.get(acronym);
  if (defined !== undefined && clusterOf[defined] >= 0) return clusterOf[defined];
  return clusters.findIndex((c) => c.type === type && c.longest.length >= 2 && initials(c.longest.join(' ')) === acronym);
}

/**
 * A shorter name that is part of a longer one of the same type: for people the surname or given name (either end, since
 * East Asian names put the family name first: "Wang Yi" … "Wang", "Moon Jae-in" … "Moon"); for other types a tail of
 * two words or more ("Foreign Ministry"). When several entities fit, the one mentioned nearest before wins.
 */
function findPartialName(name: string, m: RawMention, clusters: Cluster[], sorted: RawMention[], clusterOf: number[]): number {
  const words = nameWords(name).map((w) => w.toLowerCase());
  if (!words.length || isAllCaps(name) && words.length === 1 && m.type !== 'person') return -1;
  let best = -1;
  let bestDistance = Infinity;
  clusters.forEach((c, ci) => {
    if (c.type !== m.type || c.longest.length <= words.length) return;
    const long = c.longest.map((w) => w.toLowerCase());
    const head = long.slice(0, words.length).join(' ') === words.join(' ');
    const tail = long.slice(long.length - words.length).join(' ') === words.join(' ');
    const fits = m.type === 'person' ? head || tail : tail && words.length >= 2;
    if (!fits) return;
    let distance = Infinity;
    sorted.forEach((other, oi) => {
      if (clusterOf[oi] !== ci) return;
      const d = other.start <= m.start ? m.start - other.start : (other.start - m.start) * 4; // prefer antecedents
      if (d < distance) distance = d;
    });
    if (distance < bestDistance) {
      bestDistance = distance;
      best = ci;
    }
  });
  return best;
}

/** The longest proper mention, preferring mixed case over headline capitals, then the most frequent spelling. */
export function canonicalName(texts: string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(cleanName(t), (counts.get(cleanName(t)) ?? 0) + 1);
  const mixedKeys = new Set([...counts.keys()].filter((t) => !isAllCaps(t)).map((t) => t.toLowerCase()));
  // Headline capitals lose to the same name in mixed case; a real acronym (no mixed-case spelling) keeps its capitals.
  const shouting = (t: string) => (isAllCaps(t) && (mixedKeys.has(t.toLowerCase()) || !isAcronym(t)) ? 1 : 0);
  return [...counts.keys()].sort((a, b) => {
    return shouting(a) - shouting(b) || nameWords(b).length - nameWords(a).length || b.length - a.length || counts.get(b)! - counts.get(a)!;
  })[0] ?? '';
}
