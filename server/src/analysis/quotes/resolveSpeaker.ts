import { firstIndex } from '../sortedSearch';
import type { Entity, Mention, Span, Speaker } from '../types';
import { ENDS_WITH_TITLE_ABBREVIATION, SENTENCE_END_IN_TEXT } from './paragraphView';
import type { Gender } from './personGender';

export interface ResolveContext {
  text: string;
  mentions: Mention[];
  entities: Entity[];
  /** Spans of quoted text: mentions inside them are not antecedents. */
  quoted: Span[];
  /** Entities of the speakers already resolved, latest last, each with where it was attributed. */
  previousSpeakers: { entity: number; at: number }[];
  /** The gender the article gives its people, where it gives one. */
  genders: Map<number, Gender>;
  /** With `mentions` sorted by start: per index, the largest end among the mentions up to it (see `mentionEndMax`). */
  endMax?: Int32Array;
  /** Lower-cased words of each entity's name and aliases, filled as `byRole` needs them (one analysis' memo). */
  nameWords?: Map<number, string[]>;
}

/** The running maximum of mention ends, when the mentions are sorted by start (else undefined: scan them all). */
export function mentionEndMax(mentions: Mention[]): Int32Array | undefined {
  const out = new Int32Array(mentions.length);
  let max = -1;
  for (let i = 0; i < mentions.length; i++) {
    if (i > 0 && mentions[i].start < mentions[i - 1].start) return undefined;
    out[i] = max = Math.max(max, mentions[i].end);
  }
  return out;
}

/**
 * The index of the first mention starting at or after `at` when the mentions are sorted by start (a binary search),
 * else their count: the walks back from `at` start just below it.
 */
function mentionsBefore(ctx: ResolveContext, at: number): number {
  return ctx.endMax ? firstIndex(ctx.mentions, (m) => m.start >= at) : ctx.mentions.length;
}

/** The mentions overlapping `span`, in order: a binary search and a short walk back with `endMax`. */
function overlapping(ctx: ResolveContext, span: Span): Mention[] {
  const { mentions, endMax } = ctx;
  if (!endMax) return mentions.filter((m) => overlaps(m, span));
  const out: Mention[] = [];
  for (let i = firstIndex(mentions, (m) => m.start >= span.end) - 1; i >= 0 && endMax[i] > span.start; i--) if (mentions[i].end > span.start) out.push(mentions[i]);
  return out.reverse();
}

const PERSON_PRONOUN = /^(?:he|she)$/i;
const GROUP_PRONOUN = /^(?:it)$/i;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const inside = (spans: Span[], s: Span) => spans.some((q) => q.start <= s.start && s.end <= q.end);

function speaker(span: Span, text: string, entities: Entity[], entity: number | null): Speaker {
  const own = text.slice(span.start, span.end);
  return { start: span.start, end: span.end, text: own, entity, name: entity === null ? own : entities[entity].name };
}

/** The last entity of one of `types` mentioned before `at` outside quotations, a recent speaker first. */
function antecedent(ctx: ResolveContext, at: number, types: string[], gender?: Gender): number | null {
  const fits = (e: number) => types.includes(ctx.entities[e].type) && (!gender || (ctx.genders.get(e) ?? gender) === gender);
  // the nearest fitting person, one whose gender the article gives first when there is one in the same paragraph
  const paragraph = ctx.text.lastIndexOf('\n', at - 1) + 1;
  let best: { entity: number; at: number; i: number } | null = null;
  for (let i = mentionsBefore(ctx, at) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.end > at || !fits(m.entity) || inside(ctx.quoted, m)) continue;
    if (!best) best = { entity: m.entity, at: m.start, i };
    if (!gender || ctx.genders.has(m.entity)) {
      if (m.start >= paragraph || best.at < paragraph) best = { entity: m.entity, at: m.start, i };
      break;
    }
    if (m.start < paragraph) break;
  }
  // a subject whose gender the article gives outranks an object chosen for its gender; one with no gender only an object with none
  if (best) best = sentenceSubjectOver(ctx, best, gender && ctx.genders.has(best.entity) ? (e) => fits(e) && ctx.genders.get(e) === gender : fits);
  // a speaker quoted just before keeps the floor over a person merely mentioned after it in the same stretch
  const recent = ctx.previousSpeakers.filter((s) => s.at < at && fits(s.entity)).pop();
  if (recent && (!best || at - recent.at < 400)) {
    if (!best || best.entity === recent.entity) return recent.entity;
    const mentionedSince = ctx.mentions.some((m) => m.entity === best!.entity && m.start > recent.at && m.end <= at && !inside(ctx.quoted, m) && isSubjectLike(ctx.text, m));
    return mentionedSince ? best.entity : recent.entity;
  }
  return best ? best.entity : null;
}

/**
 * A subject outranks an object as the antecedent of a pronoun: after "Wang met Blinken in Beijing.", "he said" is
 * Wang. When the nearest fitting mention does not open its clause, the fitting mention that opens its sentence
 * before it takes its place.
 */
type Found = { entity: number; at: number; i: number };
function sentenceSubjectOver(ctx: ResolveContext, best: Found, fits: (e: number) => boolean): Found {
  const { text, mentions } = ctx;
  if (isSubjectLike(text, mentions[best.i])) return best;
  for (let i = best.i - 1; i >= 0; i--) {
    const m = mentions[i];
    if (/\n/.test(text.slice(m.end, best.at)) || SENTENCE_END_IN_TEXT.test(text.slice(m.end, best.at))) break;
    if (inside(ctx.quoted, m) || !isSubjectLike(text, m)) continue;
    // a possessor or a name inside the title of the one named after it opens that one's phrase: "Wang's chief
    // negotiator, Li Wei", "Trump senior adviser Stephen Miller"
    const next = mentions[i + 1];
    const gap = text.slice(m.end, next.start);
    const k = (POSSESSED_TITLE.test(gap) || isPremodifier(gap, ctx.entities[next.entity].roles)) ? i + 1 : i;
    if (fits(mentions[k].entity)) return { entity: mentions[k].entity, at: mentions[k].start, i: k };
  }
  return best;
}

/** A possessive and a short title (no preposition) before a name: "'s chief negotiator, " in "Wang's chief negotiator, Li Wei". */
const POSSESSED_TITLE = /^['’]s(?:\s+(?!(?:about|of|in|on|for|to|with|at|from|by|and|or)\b)[\p{L}-]+){1,4},?\s*$/u;

/** Whether the words between two names are a title of the second: nothing or one of its roles. */
function isPremodifier(between: string, roles: string[]): boolean {
  const words = between.trim().toLowerCase();
  return words === '' || roles.some((r) => r === words || r.endsWith(` ${words}`));
}

/** A mention that opens its sentence or clause, where subjects stand. */
function isSubjectLike(text: string, m: Span): boolean {
  // a title written with a full stop belongs to the name: "In a letter, Mr. Wang said" (not "of Mr. Wang")
  const title = ENDS_WITH_TITLE_ABBREVIATION.exec(text.slice(Math.max(0, m.start - 8), m.start));
  const start = title ? m.start - title[0].length : m.start;
  const before = text.slice(Math.max(0, start - 3), start);
  if (start === 0 || /(?:^|[.!?\n]["”]?\s*|,\s)$/.test(before) || /\n\s*$/.test(before)) return true;
  // … or after capitalized titles that open it: "South African President Cyril Ramaphosa, the co-chair, …"
  const lead = TITLED_SUBJECT.exec(text.slice(Math.max(0, start - 60), start));
  return !!lead && (lead.index > 0 || start <= 60) && !SUBORDINATE.test(lead[1]);
}

/** Capitalized words (titles, nationalities) running from a sentence or clause start up to the mention. */
const TITLED_SUBJECT = /(?:^|[.!?\n]["”]?\s+|\n)((?:\p{Lu}[\p{L}.'’-]*\s+)+)$/u;
/** A sentence opening with one of these puts the name after it in a clause or phrase of its own ("If Lee wins the vote, he said, …"); after "And" or "But" it is still the subject. */
const SUBORDINATE = /^(?:If|When|While|Whether|Unless|Until|After|Before|Although|Though|As|Because|Since|Once|Where|Like|Unlike|With|Without|For|To|At|In|On|By|From)\b/;

/** Head noun of a nominal speaker: "the South Korean foreign minister" → "minister". */
function headNoun(phrase: string): string | null {
  const words = phrase.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}-]+/u).filter(Boolean);
  if (words.length < 2 || !/^(?:the|a|an|this|that|its|his|her|their)$/.test(words[0])) return null;
  return words[words.length - 1];
}

/** How many trailing words of `phrase` end `role` too ("prime minister" in "japanese prime minister": 2). */
function sharedTail(role: string[], phrase: string[]): number {
  let n = 0;
  while (n < role.length && n < phrase.length && role[role.length - 1 - n] === phrase[phrase.length - 1 - n]) n++;
  return n;
}

/**
 * The entity whose roles or name contain the head noun of `phrase`, nearest before `at` (else after it); among
 * those, the one whose role shares the most trailing words with the phrase ("the prime minister" is the prime
 * minister, not the foreign minister named since). `allowed`, when given, narrows the entities further.
 */
function byRole(ctx: ResolveContext, at: number, head: string, phrase: string, allowed?: (entity: number) => boolean): number | null {
  const stem = head.replace(/(?:ies|s)$/, '');
  const phraseWords = phrase.replace(/['’]s\b/g, '').split(/[^\p{L}-]+/u).filter(Boolean);
  const words = (ctx.nameWords ??= new Map<number, string[]>());
  const nameWords = (entity: number) => {
    let w = words.get(entity);
    if (!w) {
      const e = ctx.entities[entity];
      words.set(entity, (w = [e.name, ...e.aliases].flatMap((n) => n.toLowerCase().split(/\s+/))));
    }
    return w;
  };
  const score = (entity: number) => {
    const e = ctx.entities[entity];
    if (e.type === 'misc' || (allowed && !allowed(entity))) return 0;
    let best = 0;
    for (const r of e.roles) {
      const rw = r.split(' ');
      if (rw[rw.length - 1] === head) best = Math.max(best, sharedTail(rw, phraseWords));
    }
    if (!best && nameWords(entity).some((w) => w === head || (stem.length > 3 && w.startsWith(stem)))) best = 1;
    return best;
  };
  // Each entity is judged once, however many mentions it has.
  const judged = new Map<number, number>();
  let found: number | null = null;
  let top = 0;
  const consider = (entity: number) => {
    let sc = judged.get(entity);
    if (sc !== undefined) return;
    judged.set(entity, (sc = score(entity)));
    if (sc > top) { top = sc; found = entity; }
  };
  const split = mentionsBefore(ctx, at);
  for (let i = split - 1; i >= 0; i--) if (ctx.mentions[i].start < at) consider(ctx.mentions[i].entity);
  if (found !== null) return found;
  const from = ctx.endMax ? split : 0;
  for (let i = from; i < ctx.mentions.length; i++) if (ctx.mentions[i].start >= at) consider(ctx.mentions[i].entity);
  return found;
}

/**
 * A misc mention that reads as a nationality or group word ("Russian", "South Korean", "Republican"): one or two
 * capitalized words (no acronym), not the object of "of" ("the head of the Mountain Rescue Service").
 */
function isNationalityLike(text: string, m: Mention): boolean {
  return /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(text.slice(m.start, m.end)) && !/\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/**
 * The people the article introduces with a nationality before `at`, nearest first: each named within the same
 * sentence right after or before a mention of it ("Brazilian forward Gabriel Barbosa", "Modric, the Croatian").
 */
function peopleOfNationality(ctx: ResolveContext, at: number, word: string): number[] {
  const { text, mentions } = ctx;
  // "Brazilian forward Gabriel Barbosa" / "Luka Modric, the Croatian …"
  const titleBetween = (a: number, b: number) => /^\s+(?:[\p{L}.'’-]+\s+){0,3}$/u.test(text.slice(a, b)) && !/\s(?:of|in|at|to|and|with|for|from|by|on)\s/i.test(text.slice(a - 1, b + 1));
  const appositionBetween = (a: number, b: number) => /^,\s+(?:a|an|the)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,3}$/u.test(text.slice(a, b));
  const out: number[] = [];
  for (let i = mentionsBefore(ctx, at) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > at || m.type !== 'misc' || text.slice(m.start, m.end) !== word || inside(ctx.quoted, m)) continue;
    const after = mentions.find((p) => p.type === 'person' && p.start >= m.end && p.start - m.end <= 40 && titleBetween(m.end, p.start));
    if (after) out.push(after.entity);
    const before = mentions.filter((p) => p.type === 'person' && p.end <= m.start && m.start - p.end <= 40 && appositionBetween(p.end, m.start)).pop();
    if (before) out.push(before.entity);
  }
  return out;
}

/** Role nouns written for another the article gives its people: "the pontiff" is the pope. */
const ROLE_SYNONYMS: Record<string, string[]> = { pontiff: ['pope'], premier: ['prime minister'], monarch: ['king', 'queen'], sovereign: ['king', 'queen'] };

/** Documents that speak for whoever issued them: "a statement from the ministry", "a letter from Smith". */
const DOCUMENT_HEAD = /^(?:statement|statements|letter|post|message|note|release|readout|tweet|memo|video|announcement|notice|filing|report|communique|communiqué)$/;
/** People and documents that speak for an organization: "a spokesperson for the commission", "officials at the ministry". */
const VOICE_HEAD = /^(?:spokesperson|spokesman|spokeswoman|spokespeople|spokespersons|spokesmen|spokeswomen|official|officials|source|sources|representative|representatives|website|account)$/;

/**
 * The organization a nominal speaker speaks for when the text names it right after ("a statement from China's
 * Ministry of Commerce", "a spokesperson for the European Commission"), or the person who issued a document
 * ("a statement from Smith"). Null when no such entity follows.
 */
function sourceOwner(ctx: ResolveContext, span: Span, head: string): number | null {
  const document = DOCUMENT_HEAD.test(head);
  if (!document && !VOICE_HEAD.test(head)) return null;
  const { text, mentions } = ctx;
  // "a statement from the ministry", "a statement released by the ministry"
  const link = /^\s+(?:(?:released|issued|published|posted|sent|signed|written)\s+by|from|for|of|by|at|with)\s+(?:the\s+)?/i.exec(text.slice(span.end, span.end + 24));
  if (!link) return null;
  const from = span.end + link[0].length;
  const after = (ctx.endMax ? mentions.slice(firstIndex(mentions, (m) => m.start >= from)) : mentions.filter((m) => m.start >= from).sort((a, b) => a.start - b.start));
  for (const m of after) {
    if (m.start > from + 40) break;
    // only a place's possessive may stand between: "from China's Ministry of Commerce"
    const between = text.slice(from, m.start);
    if (between && !/^(?:[\p{L}.\s-]+['’]s\s+)$/u.test(between)) return null;
    if (m.type === 'organization' || (document && m.type === 'person')) return m.entity;
    if (m.type !== 'location') return null;
  }
  return null;
}

/**
 * Resolves the mention that attributes a quotation to an entity: a mention it overlaps; for `he`/`she` the person
 * who last held the floor or was last named; for `it` the last organization; for a definite nominal ("the minister",
 * "the ministry") the nearest entity whose roles or name hold its head noun. A nationality is never the speaker of a
 * longer phrase: "the Russian minister" is a minister, "the Brazilian" the person introduced as one. An indefinite
 * nominal ("a senior official") and anything else stays a plain mention.
 */
export function resolveSpeaker(span: Span, ctx: ResolveContext): Speaker {
  const { text, entities } = ctx;
  const own = text.slice(span.start, span.end);
  const all = overlapping(ctx, span);
  // a nationality inside a longer phrase only modifies it ("the Russian minister", "the 38-year-old Croatian")
  const modifier = (m: Mention) => m.type === 'misc' && (m.start > span.start || m.end < span.end) && isNationalityLike(text, m);
  const near = all.filter((m) => !modifier(m));
  const hit = near.filter((m) => m.type === 'person' || m.type === 'organization');
  // the head of the phrase: the last person named before any apposition ("Clinton spokesman Jesse Lehrich")
  const cut = own.search(/,|\(| of | who | which /);
  const headEnd = cut < 0 ? span.end : span.start + cut;
  const people = hit.filter((m) => m.type === 'person');
  const pick = people.filter((m) => m.start < headEnd).pop() ?? people[0] ?? hit[0] ?? near[0];
  if (pick) return speaker(span, text, entities, pick.entity);
  if (PERSON_PRONOUN.test(own)) return speaker(span, text, entities, antecedent(ctx, span.start, ['person'], /^he$/i.test(own) ? 'm' : 'f'));
  if (GROUP_PRONOUN.test(own)) return speaker(span, text, entities, antecedent(ctx, span.start, ['organization']));
  const head = headNoun(own);
  const owner = head ? sourceOwner(ctx, span, head) : null;
  if (owner !== null) return speaker(span, text, entities, owner);
  // an indefinite nominal brings in someone new: "a senior official", "a Mexican diplomat"
  if (!head || /^(?:a|an)\s/i.test(own)) return speaker(span, text, entities, null);
  const nationality = all.find(modifier);
  const word = nationality ? text.slice(nationality.start, nationality.end) : '';
  const introduced = nationality ? peopleOfNationality(ctx, span.start, word) : [];
  if (nationality && nationality.end === span.end) {
    // "the Brazilian": the person introduced as one; "the Saudis" is a group
    return speaker(span, text, entities, /[^s]s$/.test(word) ? null : introduced[0] ?? null);
  }
  // "the Russian minister": a minister the article gives that nationality, if it gives one
  const phrase = own.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
  const fits = (e: number) => introduced.includes(e) || entities[e].roles.some((r) => r.includes(word.toLowerCase()));
  const resolved = (nationality ? byRole(ctx, span.start, head, phrase, fits) : null) ?? byRole(ctx, span.start, head, phrase);
  let other: number | null = null;
  for (const synonym of resolved === null ? ROLE_SYNONYMS[head] ?? [] : []) other ??= byRole(ctx, span.start, synonym.split(' ').pop()!, synonym);
  return speaker(span, text, entities, resolved ?? other);
}
