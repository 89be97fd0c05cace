import { ENTITY_TYPES, type Entity, type EntityType, type Mention, type RawMention, type Token } from '../types';
import { clips, definedAcronyms, reordersInitials, sortedLetters } from './acronyms';
import { countryKey } from './countryNames';
import { cleanName, initials, isAcronym, isAllCaps, isHyphenatedGivenName, nameWords, withoutMarks } from './nameForms';
import { rolesAfter, rolesBefore } from './roles';
import { tokenAt } from '../tokens/tokenIndex';

interface Cluster {
  type: EntityType;
  members: number[];
  /** Starts of the members, ascending (mentions are joined in any order, so kept sorted on insert). */
  starts: number[];
  /** Word lists of the longest member, for surname / tail matches. */
  longest: string[];
}

/** Lookup tables over the clusters, so that each mention finds its candidates without scanning every cluster. */
class ClusterIndex {
  readonly clusters: Cluster[] = [];
  private readonly byKey = new Map<string, number>();
  /** Clusters by each word of their longest name, in its `matchForm` (the only form `withWord` asks for). */
  private readonly byWord = new Map<string, number[]>();
  private readonly byInitials = new Map<string, number[]>();
  /** Initials of the name without its first words: "US National Transportation Safety Board" → "NTSB", "SB" (not past an "of"). */
  private readonly byTailInitials = new Map<string, number[]>();
  /** Initials in alphabetical order, for acronyms that keep another language's order ("FIVB"). */
  private readonly byLetters = new Map<string, number[]>();

  create(type: EntityType, words: string[]): number {
    const c = this.clusters.push({ type, members: [], starts: [], longest: words }) - 1;
    for (const w of new Set(words.map((x) => `${type}\u0000${matchForm(x)}`))) push(this.byWord, w, c);
    if (words.length >= 2) {
      const all = initials(words.join(' '));
      push(this.byInitials, `${type}\u0000${all}`, c);
      if (all.length >= 3) push(this.byLetters, `${type}\u0000${sortedLetters(all)}`, c);
      // A tail inside an "of" phrase is another name the longer one holds, not its short form: "SCO" is the
      // "Shanghai Cooperation Organization" of "the Council of Foreign Ministers of the Shanghai Cooperation Organization".
      const within = words.findIndex((w) => w.toLowerCase() === 'of');
      const lastTail = within < 0 ? words.length - 1 : Math.min(words.length - 1, within);
      for (let k = 1; k < lastTail; k++) {
        const tail = initials(words.slice(k).join(' '));
        if (tail.length >= 2 && tail !== all) push(this.byTailInitials, `${type}\u0000${tail}`, c);
      }
    }
    return c;
  }

  join(c: number, member: number, start: number, key: string): void {
    const cluster = this.clusters[c];
    cluster.members.push(member);
    let i = cluster.starts.length;
    while (i > 0 && cluster.starts[i - 1] > start) i--;
    cluster.starts.splice(i, 0, start);
    const typed = `${cluster.type}\u0000${key}`;
    if (!this.byKey.has(typed)) this.byKey.set(typed, c);
  }

  withKey(type: EntityType, key: string): number {
    return this.byKey.get(`${type}\u0000${key}`) ?? -1;
  }

  withWord(type: EntityType, word: string): number[] {
    return this.byWord.get(`${type}\u0000${matchForm(word)}`) ?? [];
  }

  withInitials(type: EntityType, acronym: string): number[] {
    return this.byInitials.get(`${type}\u0000${acronym}`) ?? [];
  }

  withTailInitials(type: EntityType, acronym: string): number[] {
    return this.byTailInitials.get(`${type}\u0000${acronym}`) ?? [];
  }

  withLetters(type: EntityType, letters: string): number[] {
    return this.byLetters.get(`${type}\u0000${letters}`) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Groups an article's mentions into entities: the same name in any case and with or without accents ("THAAD", "Thaad";
 * "Zürich", "Zurich"), a country's other names ("Britain" … "the United Kingdom": `countryNames.ts`), a person's surname or
 * given name alone after the full name ("Wang Yi" … "Wang"), an acronym and its expansion ("Terminal High Altitude Area
 * Defense (THAAD)" … "THAAD"; undefined too: "US National Transportation Safety Board" … "NTSB", "International Volleyball
 * Federation" … "FIVB", "Legislative Council" … "LegCo"), the tail of an organization's name ("South Korean Foreign Ministry" … "Foreign Ministry"),
 * possessives ("China's"). The canonical name is the longest proper mention; roles are the titles seen with a person.
 */
export function linkMentions(text: string, raw: RawMention[], tokens: Token[]): { mentions: Mention[]; entities: Entity[] } {
  const sorted = dropOverlaps(raw);
  const acronyms = definedAcronyms(text, sorted);
  const clean = sorted.map((m) => cleanName(slice(text, m)));
  // A country's other names share its key: "Britain", "the UK" and "the United Kingdom" are one place.
  const keys = clean.map((c, i) => (sorted[i].type === 'location' ? countryKey(withoutMarks(c.toLowerCase())) : withoutMarks(c.toLowerCase())));
  const words = clean.map((c) => (c ? c.split(' ') : []));
  const order = sorted.map((_, i) => i).sort((a, b) => words[b].length - words[a].length || sorted[a].start - sorted[b].start);
  const index = new ClusterIndex();
  const clusterOf = new Array<number>(sorted.length).fill(-1);
  // The type each mention ends with: its own, except a detected acronym the article defines, which takes its
  // expansion's ("the Association of Southeast Asian Nations (ASEAN)": every "ASEAN" is the organization).
  const typeOf = sorted.map((m) => m.type);

  for (const i of order) {
    const m = sorted[i];
    const name = clean[i];
    const key = keys[i];
    let target = index.withKey(m.type, key);
    if (target < 0 && (isAcronym(name) || isClipped(name) || acronyms.has(name.replace(/\./g, '').toUpperCase()))) {
      target = findAcronymExpansion(name, m.type, index, acronyms, clusterOf);
      if (target < 0) target = findExpansionOfOtherType(name, m.type, index);
      if (target >= 0 && (m.origin ?? 'detected') === 'detected') typeOf[i] = index.clusters[target].type;
    }
    if (target < 0) target = findPartialName(name, words[i], m, index);
    if (target < 0) target = index.create(m.type, words[i]);
    index.join(target, i, m.start, key);
    clusterOf[i] = target;
  }

  // Entities in order of first appearance.
  const clusters = index.clusters;
  const clusterOrder = clusters.map((_, c) => c).sort((a, b) => clusters[a].starts[0] - clusters[b].starts[0]);
  const entityOfCluster = new Map(clusterOrder.map((c, e) => [c, e]));

  const mentions: Mention[] = sorted.map((m, i) => ({
    start: m.start,
    end: m.end,
    text: slice(text, m),
    type: typeOf[i],
    entity: entityOfCluster.get(clusterOf[i])!,
    origin: m.origin ?? 'detected',
    score: m.score ?? 1,
  }));

  const entities: Entity[] = clusterOrder.map((c, id) => {
    const members = clusters[c].members.slice().sort((a, b) => a - b);
    const name = canonicalName(members.map((i) => clean[i]));
    const nameLower = clusters[c].type === 'location' ? countryKey(withoutMarks(name.toLowerCase())) : withoutMarks(name.toLowerCase());
    const definition = members.find((i) => keys[i] === nameLower) ?? members[0];
    const aliases = [...new Set(members.map((i) => clean[i]))].filter((a) => a !== name);
    const roles = new Set<string>();
    if (clusters[c].type === 'person') {
      for (const i of members) {
        const before = previousPersonEnd(mentions, i, tokens);
        for (const r of rolesBefore(text, tokens, tokenAt(tokens, mentions[i].start), before)) roles.add(r);
        for (const r of rolesAfter(text, tokens, tokenAt(tokens, mentions[i].end))) roles.add(r);
      }
    }
    return { id, type: clusters[c].type, name, aliases, mentions: members, definition, roles: [...roles] };
  });
  return { mentions, entities };
}

/** The token after the person mentioned last before mention `i` (0 if none): a role before a name stops there. */
function previousPersonEnd(mentions: Mention[], i: number, tokens: Token[]): number {
  for (let j = i - 1; j >= 0; j--) if (mentions[j].type === 'person') return tokenAt(tokens, mentions[j].end);
  return 0;
}

function slice(text: string, m: { start: number; end: number }): string {
  return text.slice(m.start, m.end);
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

/**
 * The entity an acronym or clipped short form stands for: the expansion the article defines in brackets, else a name
 * whose initials it is ("NTSB" ← "National Transportation Safety Board"), else one whose last words' initials it is
 * ("NTSB" ← "US National Transportation Safety Board"), else one whose initials it holds in another order ("FIVB" ←
 * "International Volleyball Federation"). A clipped form ("LegCo") must clip the name's last words.
 */
function findAcronymExpansion(name: string, type: EntityType, index: ClusterIndex, acronyms: Map<string, number>, clusterOf: number[]): number {
  const acronym = cleanName(name).replace(/\./g, '').toUpperCase();
  const defined = acronyms.get(acronym);
  if (defined !== undefined && clusterOf[defined] >= 0) return clusterOf[defined];
  const phrase = (c: number) => index.clusters[c].longest.join(' ');
  if (isClipped(name)) {
    const capitals = name.replace(/[^A-Z]/g, '');
    return [...index.withInitials(type, capitals), ...index.withTailInitials(type, capitals)].find((c) => clips(cleanName(name), phrase(c))) ?? -1;
  }
  const exact = index.withInitials(type, acronym)[0];
  if (exact !== undefined) return exact;
  if (acronym.length < 3) return -1;
  const tail = index.withTailInitials(type, acronym)[0];
  if (tail !== undefined) return tail;
  const letters = sortedLetters(acronym);
  const keys = new Set([letters, ...[...letters].map((_, i) => letters.slice(0, i) + letters.slice(i + 1))]);
  for (const k of keys) {
    const c = index.withLetters(type, k).find((c) => reordersInitials(acronym, phrase(c)));
    if (c !== undefined) return c;
  }
  return -1;
}

/**
 * An acronym the tagger typed apart from its expansion ("PRC" an organization, "the People's Republic of China" a
 * place): the one entity of another type whose name of three words or more has exactly its initials.
 */
function findExpansionOfOtherType(name: string, type: EntityType, index: ClusterIndex): number {
  const acronym = cleanName(name).replace(/\./g, '').toUpperCase();
  if (acronym.length < 3) return -1;
  const found = ENTITY_TYPES.filter((t) => t !== type).flatMap((t) => index.withInitials(t, acronym));
  return found.length === 1 && index.clusters[found[0]].longest.length >= 3 ? found[0] : -1;
}

/** A clipped short form: capitalized chunks of lower-case letters, "LegCo", "ExCo" (not "THAAD", not "McDonald"). */
function isClipped(name: string): boolean {
  return /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(name) && !/^(?:Mc|Mac|O)[A-Z]/.test(name);
}

/**
 * A shorter name that is part of a longer one of the same type: for people the surname or given name (either end, since
 * East Asian names put the family name first: "Wang Yi" … "Wang", "Moon Jae-in" … "Moon"; in the middle of a Hong Kong
 * name: "John Lee Ka-chiu" … "Lee"; after a royal title: "Prince Faisal bin Farhan" … "Faisal"); for other types a tail of
 * two words or more ("Foreign Ministry"), or a one-word short form (`isShortForm`). When several entities fit, the one mentioned nearest before wins.
 */
function findPartialName(name: string, nameWordList: string[], m: RawMention, index: ClusterIndex): number {
  const words = nameWordList.map(matchForm);
  if (!words.length || (isAllCaps(name) && words.length === 1 && m.type !== 'person')) return -1;
  let best = -1;
  let bestDistance = Infinity;
  for (const ci of index.withWord(m.type, words[0])) {
    const c = index.clusters[ci];
    if (c.longest.length <= words.length) continue;
    const long = c.longest.map(matchForm);
    const head = long.slice(0, words.length).join(' ') === words.join(' ');
    const tail = long.slice(long.length - words.length).join(' ') === words.join(' ');
    // "Alibaba Group Holding" … "Alibaba", "Gansu Province" … "Gansu": the name without its legal or administrative suffix.
    const suffix = m.type === 'organization' || m.type === 'location' ? NAME_SUFFIX[m.type] : null;
    const suffixed = head && suffix !== null && long.slice(words.length).every((w) => suffix.test(w));
    if (!(m.type === 'person' ? head || tail || isHongKongSurname(words, c.longest) || isNameBeforeParticle(words, c.longest) || isAfterRoyalTitle(words, long) : (tail && words.length >= 2) || suffixed || isShortForm(m.type, words, c.longest, head, tail))) continue;
    const distance = nearestDistance(c.starts, m.start);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = ci;
    }
  }
  return best;
}

/**
 * A one-word short form of a longer name that a reader takes for it: for an organization, either word of a
 * two-word name ("Real Madrid" … "Real", "Borussia Dortmund" … "Dortmund", "European Commission" … "the Commission");
 * for a place, the name after its kind ("Mount Qomolangma" … "Qomolangma", "Lake Baikal" … "Baikal"). A paper or a
 * broadcaster named after its city is not the city's government: "Beijing Daily" is no "Beijing".
 */
function isShortForm(type: EntityType, words: string[], longest: string[], head: boolean, tail: boolean): boolean {
  if (words.length !== 1) return false;
  if (type === 'organization') return longest.length === 2 && (tail || (head && !PUBLICATION.test(longest[1]))) && longest.every((w) => /^\p{Lu}/u.test(w));
  return type === 'location' && tail && longest.length === 2 && PLACE_KIND.test(longest[0].toLowerCase());
}
const PUBLICATION = /^(?:daily|news|times|post|journal|herald|today|weekly|tribune|gazette|radio|tv|television)$/i;
const PLACE_KIND = /^(?:mount|mt\.?|lake|cape|fort|port)$/;

/** Words that end a name without changing what it names: a company's legal form, a place's administrative kind. */
const NAME_SUFFIX: Record<'organization' | 'location', RegExp> = {
  organization: /^(?:group|holdings?|inc|corp|corporation|co|ltd|limited|plc|ag|sa|se|nv|llc|company|technologies|technology|electronics|motors?)\.?,?$/,
  location: /^(?:province|city|county|region|district|prefecture|municipality|state|island|islands|sar|special|administrative|autonomous)$/,
};

/**
 * How a name word is compared: in lower case, without accents ("Erdoğan" and "Erdogan"), without the Arabic article
 * ("el-Sisi" and "Sisi", "al-Burhan" and "Burhan" are one name).
 */
function matchForm(word: string): string {
  const lower = withoutMarks(word.toLowerCase());
  return lower.charCodeAt(2) === 45 || lower.charCodeAt(3) === 45 ? lower.replace(ARTICLE, '') : lower; // 45: "-"
}
const ARTICLE = /^(?:al|el|ad|as|ash|at|ar|az|an)-(?=\p{L}{2})/u;

/**
 * A Hong Kong or Macao name puts the surname between an English and a Chinese given name: "John Lee Ka-chiu" … "Lee",
 * "Carrie Lam Cheng Yuet-ngor" … "Lam". One word inside a name of three words or more ending in a hyphenated given name.
 */
function isHongKongSurname(words: string[], longest: string[]): boolean {
  if (words.length !== 1 || longest.length < 3 || !isHyphenatedGivenName(longest[longest.length - 1])) return false;
  return longest.slice(1, -1).some((w) => w.toLowerCase() === words[0]);
}

/**
 * A royal's name keeps the title in the CoNLL scheme ("Prince Faisal bin Farhan"), and the article goes on with the name
 * after it: "Faisal", "Faisal bin Farhan". The words right after a leading royal title, in lower case (`matchForm`).
 */
const ROYAL_TITLE = /^(?:prince|princess|sheikh|sheikha|emir|king|queen)$/;
function isAfterRoyalTitle(words: string[], long: string[]): boolean {
  return long.length > words.length + 1 && ROYAL_TITLE.test(long[0]) && long.slice(1, words.length + 1).join(' ') === words.join(' ');
}

/**
 * In Portuguese and Spanish names the name a person goes by may stand inside the full name, right before a particle:
 * "Luiz Inacio Lula da Silva" … "Lula" (the surname after the particle is the other end, found as a tail). One word
 * inside a name of three words or more, followed in it by a lower-case "da", "de", "do", "dos", "das" or "del".
 */
const PARTICLE = /^(?:da|de|do|dos|das|del)$/;
function isNameBeforeParticle(words: string[], longest: string[]): boolean {
  if (words.length !== 1 || longest.length < 3) return false;
  return longest.some((w, k) => k > 0 && k < longest.length - 2 && w.toLowerCase() === words[0] && PARTICLE.test(longest[k + 1]));
}

/**
 * Distance from `at` to the nearest of `starts` (ascending) before it; a name met only after `at` comes behind every one
 * met before ("Premier Li Qiang … Li said … Baidu founder Robin Li": the reader takes the person already introduced).
 */
const ONLY_AFTER = 1e9;
function nearestDistance(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) return at - starts[lo - 1];
  return lo < starts.length ? ONLY_AFTER + (starts[lo] - at) : Infinity;
}

/** The longest proper mention, preferring mixed case over headline capitals, then the most frequent spelling. */
export function canonicalName(texts: string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(cleanName(t), (counts.get(cleanName(t)) ?? 0) + 1);
  const mixedKeys = new Set([...counts.keys()].filter((t) => !isAllCaps(t)).map((t) => t.toLowerCase()));
  // Of spellings used as often, the one with its accents: "Zürich" rather than "Zurich".
  const marked = (t: string) => (withoutMarks(t) === t ? 0 : 1);
  // Headline capitals lose to the same name in mixed case; a real acronym (no mixed-case spelling) keeps its capitals.
  const shouting = (t: string) => (isAllCaps(t) && (mixedKeys.has(t.toLowerCase()) || !isAcronym(t)) ? 1 : 0);
  return [...counts.keys()].sort((a, b) => {
    return shouting(a) - shouting(b) || nameWords(b).length - nameWords(a).length || b.length - a.length || counts.get(b)! - counts.get(a)! || marked(b) - marked(a);
  })[0] ?? '';
}
