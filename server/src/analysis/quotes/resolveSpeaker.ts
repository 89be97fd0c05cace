import { firstIndex } from '../sortedSearch';
import type { Block, Entity, Mention, Span, Speaker } from '../types';
import { ENDS_WITH_TITLE_ABBREVIATION, hasSentenceEnd } from './sentenceBoundary';
import { documentIssuer } from './documentIssuer';
import { isDemonymNoun, isNationalityLike, nameSaysNationality, nationalityForms, otherNationality, peopleOfNationality, placedInOtherNation, sameNation } from './nationality';
import type { Gender } from './personGender';
import { FINITE_SPEECH_VERBS } from './speechVerbs';
import { introducedRole, lastRoleOf } from './unnamedRole';
import { insideAny } from './insideAny';
import { lastGroupOf } from './pluralGroup';
import { groupCreditedBetween } from './groupCredit';
import { subjectIndex, subjectsBetween as between, type SubjectIndex, type Subjects } from './paragraphSubjects';
import { isTiedName } from './placeOfWork';
import { inRelativeClause } from './relativeClause';
import { addsWordTo, paragraphSpeaker } from './paragraphSpeaker';
import { classFits, ORGANIZATION_CLASS } from './organizationKind';
import { bodySpokenOf } from './pronounBody';
import { blockIndexAt, inCaptionBlock, paragraphStart, previousParagraphStart } from './paragraphBounds';
import { DOCUMENT_HEAD, sourceOwner, voiceAnaphor, type BodyResolver } from './sourceOwner';

export interface ResolveContext {
  text: string;
  /** The structure reader's blocks, in order: which lines are paragraphs, captions or page furniture. */
  blocks: Block[];
  mentions: Mention[];
  entities: Entity[];
  /** Spans of quoted text: mentions inside them are not antecedents. */
  quoted: Span[];
  /** Entities of the speakers already resolved, latest last, each with where it was attributed. */
  previousSpeakers: { entity: number; at: number }[];
  /** Every speaker already resolved, latest last, with or without an entity (what "it" may stand for). */
  previousPhrases?: Speaker[];
  /** The gender the article gives its people, where it gives one. */
  genders: Map<number, Gender>;
  /** With `mentions` sorted by start: per index, the largest end among the mentions up to it (see `mentionEndMax`). */
  endMax?: Int32Array;
  /** Lower-cased words of each entity's name and aliases, filled as `byRole` needs them (one analysis' memo). */
  nameWords?: Map<number, string[]>;
  /** Each paragraph's speaker-like subjects, found as the rules first ask about it (one analysis' memo). */
  subjects?: SubjectIndex;
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

/** The speaker-like subjects (see paragraphSubjects.ts) that start between `from` and `at`. */
function subjectsBetween<K extends keyof Subjects>(ctx: ResolveContext, kind: K, from: number, at: number): Subjects[K] {
  ctx.subjects ??= subjectIndex({ text: ctx.text, blocks: ctx.blocks, quoted: ctx.quoted, mentions: ctx.mentions, sorted: !!ctx.endMax, isPersonSubject: (m) => !inCaption(ctx, m) && isSourceLike(ctx.text, m) });
  return between(ctx.subjects, kind, from, at);
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

/** Whether a mention stands in a photo caption (or the credit line itself), as the structure reader classed its line. */
const inCaption = (ctx: ResolveContext, m: Span) => inCaptionBlock(ctx.blocks, m.start);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const inside = insideAny;

function speaker(span: Span, text: string, entities: Entity[], entity: number | null): Speaker {
  const own = text.slice(span.start, span.end);
  return { start: span.start, end: span.end, text: own, entity, name: entity === null ? own : entities[entity].name };
}

/** The last entity of one of `types` (that `accept` accepts) mentioned before `at` outside quotations, a recent speaker first. */
function antecedent(ctx: ResolveContext, at: number, types: string[], gender?: Gender, accept: (entity: number) => boolean = () => true): number | null {
  const fits = (e: number) => types.includes(ctx.entities[e].type) && (!gender || (ctx.genders.get(e) ?? gender) === gender) && accept(e);
  // the nearest fitting person, one whose gender the article gives first when there is one in the same paragraph
  const paragraph = ctx.text.lastIndexOf('\n', at - 1) + 1;
  let best: { entity: number; at: number; i: number } | null = null;
  for (let i = mentionsBefore(ctx, at) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    // (a photographer credited under a picture is no one the story speaks of)
    if (m.end > at || !fits(m.entity) || inside(ctx.quoted, m) || inCaption(ctx, m)) continue;
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
    const mentionedSince = ctx.mentions.some((m) => m.entity === best!.entity && m.start > recent.at && m.end <= at && !inside(ctx.quoted, m) && isSourceLike(ctx.text, m));
    return mentionedSince ? best.entity : recent.entity;
  }
  return best ? best.entity : null;
}

/** Where `entity` was last named (outside quotations) or heard speaking before `at`. */
function lastHeard(ctx: ResolveContext, entity: number, at: number): number {
  let last = 0;
  for (let i = mentionsBefore(ctx, at) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.entity === entity && m.end <= at && !inside(ctx.quoted, m)) { last = m.end; break; }
  }
  for (const p of ctx.previousPhrases ?? []) if (p.entity === entity && p.end <= at) last = Math.max(last, p.end);
  return last;
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
    if (/\n/.test(text.slice(m.end, best.at)) || hasSentenceEnd(text, m.end, best.at)) break;
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

/**
 * A mention that gives the floor to its person: a subject, the source of "According to X, …", or the one a speech
 * verb follows ("project scientist Li said", "Zhang, an analyst at UBS, told reporters").
 */
function isSourceLike(text: string, m: Span): boolean {
  if (isSubjectLike(text, m) || /\baccording\s+to\s+$/i.test(text.slice(Math.max(0, m.start - 14), m.start))) return true;
  const verb = /^(?:,[^,.;"“”\n]{1,80},)?\s+(?:also\s+)?(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 100));
  return !!verb && FINITE_SPEECH_VERBS.has(verb[1]);
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

/** Lower-case nouns of a title written before a name: "Foreign Ministry spokesperson Mao Ning", "Spanish star Carlos Alcaraz". */
const TITLE_NOUNS = 'spokesperson|spokesman|spokeswoman|star|coach|forward|striker|midfielder|goalkeeper|player|captain|skipper|champion|medallist|medalist|swimmer|diver|gymnast|athlete|legend|veteran|icon|singer|actor|actress|director|writer|author|artist|economist|analyst|expert|scholar|professor|scientist|researcher|astronaut|founder|chief|leader|official|envoy|ambassador|minister|president|chairman|chairwoman|chairperson|secretary|governor|mayor|lawmaker|senator|executive|head|manager|commander|general|premier|journalist|reporter|correspondent|doctor|lawyer';
/**
 * Capitalized words (titles, nationalities) and title nouns, each with up to two lower-case words before it ("Spanish
 * tennis star", "Chinese foreign ministry spokesperson"), running from a sentence or clause start up to the mention
 * (not from the full stop of an initial: "met U.S. Treasury Secretary …").
 */
const TITLED_SUBJECT = new RegExp(`(?:^|(?<!\\b\\p{Lu})[.!?\\n]["”]?\\s+|\\n)((?:\\p{Lu}[\\p{L}.'’-]*\\s+)(?:(?:\\p{Lu}[\\p{L}.'’-]*|(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:${TITLE_NOUNS}))\\s+)*)$`, 'u');
/** A sentence opening with one of these puts the name after it in a clause or phrase of its own ("If Lee wins the vote, he said, …"); after "And" or "But" it is still the subject. */
const SUBORDINATE = /^(?:If|When|While|Whether|Unless|Until|After|Before|Although|Though|As|Because|Since|Once|Where|Like|Unlike|With|Without|For|To|At|In|On|By|From)\b/;

/** A relative clause ending a phrase: " who saw the crash", " whose home was flooded". */
const RELATIVE_TAIL = /\s+(?:who|whose)\s[\s\S]*$/;
/** A place after "in", "at" or "from" ending a phrase: " in Washington", " at the UN". */
const LOCATIVE_TAIL = /\s+(?:in|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/**
 * Head noun of a nominal speaker: "the South Korean foreign minister" → "minister"; a name in the possessive
 * determines it as "the" does ("Egypt's foreign minister" → "minister").
 */
function headNoun(full: string): string | null {
  // (a place after "in", "at" or "from" only locates the head: "the Chinese embassy in Washington" → "embassy")
  // (nor does a relative clause: "the witness who saw the crash" → "witness")
  const phrase = full.replace(RELATIVE_TAIL, '').replace(LOCATIVE_TAIL, '');
  const possessor = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}['’]s\s+(?=\p{Ll})/u.exec(phrase);
  const words = (possessor ? `the ${phrase.slice(possessor[0].length)}` : phrase).toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}-]+/u).filter(Boolean);
  if (words.length < 2 || !/^(?:the|a|an|this|that|its|his|her|their)$/.test(words[0])) return null;
  return words[words.length - 1];
}

/** A title without its article, as headlines write it: "Chinese envoy", "UN chief", "U.S. envoy". */
const BARE_TITLE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Ll}[\p{L}-]*$/u;

/**
 * Headlines drop the article: "Chinese envoy: U.S. should …" names "the Chinese envoy" of the story below. The head
 * noun of such a bare title in the headline; null anywhere else.
 */
function headlineHead(ctx: ResolveContext, span: Span, own: string): string | null {
  const b = blockIndexAt(ctx.blocks, span.start);
  return b >= 0 && ctx.blocks[b].kind === 'title' && BARE_TITLE.test(own) ? headNoun(`the ${own}`) : null;
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
    if (e.type === 'misc') return 0;
    let best = 0;
    for (const r of e.roles) {
      const rw = r.split(' ');
      if (rw[rw.length - 1] === head) best = Math.max(best, sharedTail(rw, phraseWords));
    }
    if (!best && nameWords(entity).some((w) => w === head || (stem.length > 3 && w.startsWith(stem)))) best = 1;
    // `allowed` may scan the mentions (postHolder's namedWith): ask it only of an entity the role fits
    return best && allowed && !allowed(entity) ? 0 : best;
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
 * Role nouns written for another the article gives its people: "the pontiff" is the pope, "the Russian leader" the
 * Russian president, "the UN chief" its secretary-general, "the top diplomat" the foreign minister. An envoy is a
 * country's ambassador or its representative abroad ("Fu Cong, China's permanent representative to the UN … the
 * Chinese envoy"); an ambassador to the UN is titled its permanent representative.
 */
const ROLE_SYNONYMS: Record<string, string[]> = {
  pontiff: ['pope'],
  premier: ['prime minister'],
  monarch: ['king', 'queen'],
  sovereign: ['king', 'queen'],
  envoy: ['ambassador', 'permanent representative'],
  ambassador: ['envoy', 'permanent representative'],
};
/** Generic titles for the posts above, used only with a nation, place or organization ("the German leader", "the UN chief"). */
const TITLE_SYNONYMS: Record<string, string[]> = {
  leader: ['president', 'prime minister', 'chancellor', 'premier', 'king', 'queen', 'emir'],
  chief: ['secretary-general', 'director-general', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'head', 'chief executive', 'ceo', 'administrator', 'commissioner'],
  diplomat: ['foreign minister', 'secretary of state'],
  executive: ['ceo', 'chief executive', 'chairman', 'president'],
  // (an official of a nation is one of its government below its leader: "Scott Bessent, U.S. Treasury Secretary … the
  // U.S. official")
  official: ['secretary', 'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'ambassador', 'envoy', 'representative', 'commissioner', 'negotiator', 'adviser', 'advisor'],
};
/** Posts a country's top diplomat may be written as. */
const DIPLOMATIC = /^(?:minister|secretary|ambassador|envoy|diplomat)$/;
/**
 * Head nouns for members of the public and the like, who do not speak for the place, company, club or event named
 * before them ("a Manchester United fan", "young Nairobi residents", "Samsung workers", "Paris 2024 organizers").
 */
const PUBLIC_HEAD = /^(?:residents?|locals?|natives?|fans?|supporters?|visitors?|tourists?|voters?|shoppers?|commuters?|passengers?|customers?|users?|students?|villagers?|citizens?|viewers?|investors?|shareholders?|employees?|workers?|organi[sz]ers?|volunteers?|farmers?|vendors?|drivers?|survivors?|witness(?:es)?|protesters?|demonstrators?|pilgrims?|parents?)$/;
/** Head nouns of a post one person holds, which an organization before them only qualifies ("the WHO chief"). */
const POST_HEAD = /^(?:chief|leader|head|boss|president|chancellor|chairman|chairwoman|chairperson|chair|director|director-general|secretary-general|minister|secretary|governor|senator|executive|founder|ceo|coach|captain|manager|commander|ambassador|envoy|diplomat|premier|mayor|nominee|front-runner|frontrunner|candidate)$/;

/**
 * "He" capitalized inside a sentence ("“…,” He said") is not the pronoun but the Chinese surname He, used alone for
 * the one person so named before it ("He Lifeng", "He Yadong"): that person, when there is exactly one.
 */
function surnameHe(ctx: ResolveContext, span: Span): number | null {
  const { text, entities } = ctx;
  if (text.slice(span.start, span.end) !== 'He' || !/(?:[,;:]["”’]?|\p{Ll})\s+$/u.test(text.slice(Math.max(0, span.start - 4), span.start))) return null;
  const named = new Set(ctx.mentions.filter((m) => m.start < span.start && m.type === 'person' && /^He\s\p{Lu}/u.test(entities[m.entity].name)).map((m) => m.entity));
  return named.size === 1 ? [...named][0] : null;
}

/**
 * A nation's noun for its people ("Briton", "Turk", "Pole") is a nationality word whatever type the tagger gave it: it
 * names no person or organization of its own, so in "the 31-year-old Briton" it only describes the one meant.
 */
function asNationNoun(text: string, m: Mention): Mention {
  return m.type !== 'misc' && isDemonymNoun(text.slice(m.start, m.end).toLowerCase()) ? { ...m, type: 'misc' } : m;
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
  const all = overlapping(ctx, span).map((m) => asNationNoun(text, m));
  const head = headNoun(own) ?? headlineHead(ctx, span, own);
  // a nationality inside a longer phrase only modifies it ("the Russian minister", "the 38-year-old Croatian"); so
  // does a place before the head noun ("the Florida senator", "the top U.S. diplomat") and an organization before a
  // post ("the WHO chief"): the speaker is whoever holds that role, not the place or the organization
  const beforeHead = (m: Mention) => /^(?:['’]s)?(?:\s+\d{4})?\s+\p{Ll}[\p{L}\s-]*$/u.test(text.slice(m.end, span.end));
  // (nor does one of the public speak for the place or body before its noun: "one Gaza resident", "a club's fans")
  const ofPublic = PUBLIC_HEAD.test(own.slice(own.search(/\S+$/)).toLowerCase());
  const modifier = (m: Mention) => (m.start > span.start || m.end < span.end) && (m.type === 'misc'
    ? isNationalityLike(text, m)
    : beforeHead(m) && ((ofPublic && (m.type === 'location' || m.type === 'organization'))
      || (head !== null && (m.type === 'location' || (m.type === 'organization' && /^the\s/i.test(own) && (POST_HEAD.test(head) || isEpithetHead(head)))))));
  // "the head of the China Academy of Space Technology": a post the organization (or place) after "of" only
  // qualifies; the speaker is whoever holds it, unnamed when the article names no one
  const post = POST_OF.exec(own);
  if (post && POST_HEAD.test(post[1].toLowerCase())) {
    const qualifier = all.find((m) => m.start >= span.start + post[0].length);
    if (qualifier && qualifier.type !== 'person' && !all.some((m) => m.type === 'person')) return speaker(span, text, entities, postHolder(ctx, span, post[1].toLowerCase(), qualifier));
  }
  // a place after a preposition only locates the one named before it ("the Chinese embassy in Washington", "Ambassador
  // to the UK"): it is no speaker
  const located = (m: Mention) => m.type === 'location' && m.start > span.start && /\s(?:in|at|to|from)\s+(?:the\s+)?$/i.test(text.slice(span.start, m.start));
  // nor is the body or person an unnamed one is tied to ("a nurse at the hospital", "an analyst with Capital Economics")
  const tiedTo = (m: Mention) => m.start > span.start && (isTiedName(text.slice(span.start, m.start)) || inRelativeClause(text.slice(span.start, m.start)));
  const near = all.filter((m) => !modifier(m) && !located(m) && !tiedTo(m));
  const hit = near.filter((m) => m.type === 'person' || m.type === 'organization');
  // the head of the phrase: the last person named before any apposition ("campaign spokesman Tom Reyes")
  const cut = own.search(/,|\(| of | who | which /);
  const headEnd = cut < 0 ? span.end : span.start + cut;
  const people = hit.filter((m) => m.type === 'person');
  const pick = people.filter((m) => m.start < headEnd).pop() ?? people[0] ?? hit[0] ?? near[0];
  if (pick) return speaker(span, text, entities, pick.entity);
  if (PERSON_PRONOUN.test(own)) {
    const surname = surnameHe(ctx, span);
    if (surname !== null) return speaker(span, text, entities, surname);
    const gender = /^he$/i.test(own) ? 'm' : 'f';
    const person = antecedent(ctx, span.start, ['person'], gender);
    // (a role with no name that spoke since that person was last named or heard is who the pronoun stands for, also
    // when its own description names them: "A businessman who testified against Kerr said …")
    const since = person === null ? 0 : lastHeard(ctx, person, span.start);
    const role = lastRoleOf(subjectsBetween(ctx, 'roles', previousParagraphStart(ctx.blocks, span.start), span.start).filter((r) => r.until <= span.start && r.end >= since), gender);
    if (role) return { ...speaker(span, text, entities, null), name: text.slice(role.start, role.end) };
    // (so is the person a paragraph that does not name that one opens with by a role: "The minister rejected the
    // criticism. “…,” she said" after another's quotation, when the article gives the minister no other gender)
    const paragraph = paragraphStart(ctx.blocks, span.start);
    const nominal = since < paragraph ? subjectsBetween(ctx, 'nominals', paragraph, span.start).filter((n) => n.until <= span.start).pop() : undefined;
    const described = nominal ? nominalEntity(ctx, nominal, nominal.noun, undefined) : null;
    const fits = described !== null && described !== person && entities[described].type === 'person' && (ctx.genders.get(described) ?? gender) === gender;
    return speaker(span, text, entities, fits ? described : person);
  }
  if (/^they$/i.test(own)) {
    // "Analysts at Morgan Stanley said … “…,” they wrote": the group that spoke in the paragraph (or in the one
    // before, when this one opens with the quotation)
    const own = paragraphStart(ctx.blocks, span.start);
    const from = /^["“]/.test(text.slice(own, own + 1)) ? previousParagraphStart(ctx.blocks, own) : own;
    const group = lastGroupOf(subjectsBetween(ctx, 'groups', from, span.start), span.start, (head) => overlapping(ctx, head).some((m) => m.type === 'person' || m.type === 'location' || (m.type === 'organization' && !/(?:ans|ats|ists|ives)$/.test(m.text))));
    // (or a group a quotation was credited to since: "“…,” residents told reporters. “…,” they said")
    const credited = groupCreditedBetween(ctx.previousPhrases ?? [], from, span.start);
    if (credited && (!group || credited.start > group.start)) return { ...speaker(span, text, entities, null), name: credited.name };
    if (group) return { ...speaker(span, text, entities, null), name: text.slice(group.start, group.end) };
  }
  if (GROUP_PRONOUN.test(own)) {
    const organization = antecedent(ctx, span.start, ['organization']);
    // (with no organization the tagger found, the body that spoke just before: "The embassy said … It added …")
    const body = organization === null ? bodySpokenOf(ctx.previousPhrases ?? [], ctx.blocks, span) : null;
    return body ? { ...speaker(span, text, entities, body.entity), name: body.name } : speaker(span, text, entities, organization);
  }
  const body: BodyResolver = (words) => words.length === 1 && ORGANIZATION_CLASS.test(words[0]) ? organizationAntecedent(ctx, span, words[0]) : namedBody(ctx, span.start, words);
  const owner = head ? sourceOwner(ctx, span, head, body) : null;
  if (owner !== null) return speaker(span, text, entities, owner);
  // "the statement said": the one who issued the statement the article introduced
  if (head && /^the\s/i.test(own) && DOCUMENT_HEAD.test(head) && own.split(/\s+/).length === 2) return speaker(span, text, entities, documentIssuer(ctx, span, head));
  // an indefinite nominal brings in someone new: "a senior official", "a Mexican diplomat"
  if (!head || /^(?:a|an)\s/i.test(own)) return speaker(span, text, entities, null);
  const nation = all.find(modifier);
  const entity = nominalEntity(ctx, span, head, nation) ?? (own.split(/\s+/).length === 2 ? voiceAnaphor(ctx, span, head, body) : null);
  // (an epithet with a nationality is no one whose name speaks against it, "Pan Zhanle beat Kyle Chalmers … the
  // Australian", nor one the article titles with another: "Serbian star Novak Djokovic beat Carlos Alcaraz … the Spaniard")
  const word = nation?.type === 'misc' ? text.slice(nation.start, nation.end) : null;
  const nationWords = word === null ? new Set<string>() : articleNationWords(ctx);
  const ofOther = word === null ? new Set<number>() : introducedWithOtherNation(ctx, span.start, nationalityForms(word));
  const ofNation = word === null ? undefined : (e: number) => nationalityForms(word).every((w) => nameSaysNationality(entities[e].name, w) !== false)
    && !nationalityForms(word).every((w) => otherNationality(entities[e], w, nationWords)) && !ofOther.has(e);
  // ("the person" after "a person familiar with the matter said": that source, unnamed, described in full)
  const again = entity === null && /^the\s+\S+$/i.test(own) ? introducedRole(subjectsBetween(ctx, 'introductions', previousParagraphStart(ctx.blocks, span.start), span.start), ctx.quoted, span.start, head) : null;
  if (again) return { ...speaker(span, text, entities, null), name: text.slice(again.start, again.end) };
  return speaker(span, text, entities, entity ?? (isEpithet(own, head) ? epithetAntecedent(ctx, span, ofNation, word === null ? undefined : (e) => nationalityForms(word).some((w) => nameSaysNationality(entities[e].name, w) === true)) : isOrganizationClass(own, head) ? organizationAntecedent(ctx, span, head) : null));
}

/**
 * The organization a body written as a common noun names again ("the ministry", "the foreign ministry" after "the
 * Chinese Foreign Ministry"): the nearest named before `at` whose name holds every one of its words.
 */
function namedBody(ctx: ResolveContext, at: number, words: string[]): number | null {
  for (let i = mentionsBefore(ctx, at) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.type !== 'organization' || m.end > at || inside(ctx.quoted, m)) continue;
    const e = ctx.entities[m.entity];
    const named = [e.name, ...e.aliases].join(' ').toLowerCase().split(/[^\p{L}-]+/u);
    if (words.every((w) => named.includes(w))) return m.entity;
  }
  return null;
}


/** Whether a nominal is "the" and a kind of organization, nothing else: "the company", "the bank". */
const isOrganizationClass = (own: string, head: string) => ORGANIZATION_CLASS.test(head) && /^the\s+\S+$/i.test(own);

/** How many paragraphs back "the company" may reach for the organization a story is about. */
const ORGANIZATION_REACH = 3;

/**
 * "The company said" stands for the organization just spoken of, as "it" does, when the text names it in the same
 * paragraph or the one before ("Huawei unveiled … ¶ … the company said"). Up to three paragraphs back, only the
 * organization a stretch is about: the subject of its sentence there or the one reporting (see isSourceLike), with
 * no person or other organization named since ("BYD reported record sales … ¶ Deliveries rose … ¶ Overseas markets
 * … ¶ “…,” the company said"). Further back, or past other names, it may be another, unnamed. A body the class noun
 * cannot name ("the company" is no ministry or court, see organizationKind.ts) neither counts nor stands in the way.
 */
function organizationAntecedent(ctx: ResolveContext, span: Span, head: string): number | null {
  // a photo credit ("/CGTN Photo") names the outlet, not the organization the story is about
  const named = (m: Mention) => !inCaption(ctx, m);
  // "the company" is no ministry or court: one of those named in between is passed over (see organizationKind.ts)
  const fits = (e: number) => classFits(head, ctx.entities[e].name);
  // (the paragraph before, over blank lines and captions)
  const near = antecedentNamedSince(ctx, span, ['organization'], previousParagraphStart(ctx.blocks, span.start), named, fits);
  if (near !== null) return near;
  let from = paragraphStart(ctx.blocks, span.start);
  for (let n = 0; n < ORGANIZATION_REACH; n++) from = previousParagraphStart(ctx.blocks, from);
  const last = lastNamed(ctx, span.start, (m) => (m.type === 'person' || (m.type === 'organization' && fits(m.entity))) && named(m));
  return last && last.type === 'organization' && last.start >= from && isSourceLike(ctx.text, last) ? last.entity : null;
}

/** The last mention before `at`, outside quotations, that `fits`. */
function lastNamed(ctx: ResolveContext, at: number, fits: (m: Mention) => boolean): Mention | null {
  for (let i = mentionsBefore(ctx, at) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.end <= at && fits(m) && !inside(ctx.quoted, m)) return m;
  }
  return null;
}

/** The antecedent of one of `types` for `span`, if the text names it (outside quotations, `also` true) between `from` and `span`. */
function antecedentNamedSince(ctx: ResolveContext, span: Span, types: string[], from: number, also: (m: Mention) => boolean = () => true, accept?: (entity: number) => boolean): number | null {
  const found = antecedent(ctx, span.start, types, undefined, accept);
  return found !== null && ctx.mentions.some((m) => m.entity === found && m.start >= from && m.end <= span.start && !inside(ctx.quoted, m) && also(m)) ? found : null;
}


/** A definite post followed by "of": "the head of ", "the new director of the ". */
const POST_OF = /^the\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{L}-]+)\s+of\s+(?:the\s+)?/u;

/**
 * The person holding post `post` of the organization or place `qualifier`: one with that role whom the article
 * names with it in the same sentence ("Zhou Jianping, head of the China Academy of Space Technology"); else null.
 */
function postHolder(ctx: ResolveContext, span: Span, post: string, qualifier: Mention): number | null {
  const { text, mentions, entities } = ctx;
  const namedWith = (e: number) => entities[e].type === 'person' && mentions.some((p) => p.entity === e && p.end <= span.start && mentions.some((o) =>
    o.entity === qualifier.entity && o.start >= p.end && o.start - p.end < 80 && !/[.!?\n]/.test(text.slice(p.end, o.start))));
  return byRole(ctx, span.start, post, post, namedWith);
}

/**
 * An epithet stands for someone just named, as a pronoun does ("the 21-year-old", "the Spaniard", "the Argentine
 * forward"), but only for one named in its own paragraph or the one before: further back, the one it describes is
 * often named only by another description ("the Kenya-born sprinter … the 24-year-old"). With `unique` (for an
 * epithet that claims a nationality nothing in the article ties to anyone: whose name gives it), of several people
 * in that reach the one `unique` holds of, else the subject just named, as a pronoun would be: "Sinner beat Medvedev.
 * “…,” the Italian said" is Sinner, and so, wrongly, is "Djokovic beat Alcaraz. “…,” the Spaniard said" (in the
 * round-22 probe the subject was right five times in six).
 */
function epithetAntecedent(ctx: ResolveContext, span: Span, accept?: (entity: number) => boolean, unique?: (entity: number) => boolean): number | null {
  const own = paragraphStart(ctx.blocks, span.start);
  let from = previousParagraphStart(ctx.blocks, own);
  const since = (start: number) => antecedentNamedSince(ctx, span, ['person'], start, undefined, accept);
  let reach = own;
  let found = since(own);
  if (found === null) found = since((reach = from));
  // a paragraph that itself speaks of its person by an epithet ("The Argentine forward said …") passes the reach on
  // to the paragraph before it: "Messi scored twice … ¶ The Argentine forward said … ¶ “…,” the 36-year-old said"
  // (one that names no one does not: "The relay team also reached the final" may bring in the one meant, unnamed)
  for (let n = 0; found === null && n < 2 && from < own && opensWithEpithet(ctx.text, from); n++) {
    const before = previousParagraphStart(ctx.blocks, from);
    if (before === from) break;
    from = before;
    found = since((reach = from));
  }
  if (found === null || !unique) return found;
  const people = [...peopleNamedIn(ctx, reach, span.start, accept)];
  if (people.length < 2) return found;
  // (of several, the one whose name alone gives the nation: "Zheng Qinwen beat Donna Vekic … the Chinese"; with no
  // such evidence, the subject just named, as for "he": right far more often than not in match reports)
  const evidenced = people.filter(unique);
  return evidenced.length === 1 ? evidenced[0] : found;
}

/** The people named between `from` and `to` outside quotations and captions (that `accept` accepts). */
function peopleNamedIn(ctx: ResolveContext, from: number, to: number, accept: (entity: number) => boolean = () => true): Set<number> {
  const out = new Set<number>();
  for (let i = mentionsBefore(ctx, to) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.start < from) { if (ctx.endMax) break; else continue; }
    if (m.type === 'person' && m.end <= to && !inside(ctx.quoted, m) && !inCaption(ctx, m) && accept(m.entity)) out.add(m.entity);
  }
  return out;
}

/** Whether the paragraph at `start` opens with an epithet for its subject: "The Argentine forward said …", "The Serb was …". */
function opensWithEpithet(text: string, start: number): boolean {
  const opening = /^The((?:\s+[\p{L}\p{N}.-]+){1,4})/u.exec(text.slice(start, start + 80));
  if (!opening) return false;
  const words = opening[1].trim().split(/\s+/);
  // the epithet is a prefix of these words, followed by a lower-case word (its verb) or by nothing caught here
  return words.some((w, n) => isEpithet(`the ${words.slice(0, n + 1).join(' ')}`, w.toLowerCase()) && (n + 1 === words.length || /^\p{Ll}/u.test(words[n + 1])));
}

/**
 * Head nouns that describe rather than name a post: an age, a sportsperson, a performer; and a noun for a person of
 * a nation ("the Spaniard", "the Swiss"), which nationality.ts lists with its adjective.
 */
const EPITHET_HEAD = /^(?:-?year-old|billionaire|tycoon|mogul|magnate|star|superstar|forward|striker|midfielder|defender|goalkeeper|captain|champion|titleholder|veteran|winner|medallist|medalist|olympian|player|athlete|sprinter|runner|swimmer|diver|gymnast|skier|snowboarder|skater|cyclist|boxer|fighter|wrestler|golfer|shuttler|paddler|hurdler|jumper|thrower|weightlifter|fencer|archer|rower|slugger|pitcher|quarterback|singer|rapper|actor|actress|teenager|youngster|rookie|prodigy|skipper|world)$/;
const isEpithetHead = (head: string) => EPITHET_HEAD.test(head) || isDemonymNoun(head);

/** Whether a definite singular phrase is an epithet: "the 21-year-old", "the Croatian", "the world No. 1". */
function isEpithet(own: string, head: string): boolean {
  return /^the\s/i.test(own) && (isEpithetHead(head) || /^the\s+(?:[\p{L}\p{N}-]+\s+)?\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u.test(own) || /\bworld No\.\s?\d+$/.test(own));
}

/** Heads that journalists put after a portfolio for whoever holds it: "the trade chief", "the health boss". */
const PORTFOLIO_HEAD = /^(?:chief|boss|czar|tsar)$/;
/** Posts that hold a portfolio: "trade representative", "defense minister", "health secretary". */
const PORTFOLIO_POSTS = [...TITLE_SYNONYMS.chief, 'minister', 'secretary', 'representative', 'commissioner', 'envoy', 'coordinator'];

/**
 * "The trade chief" is whoever holds the trade portfolio, however the article titled them ("U.S. Trade Representative
 * Katherine Tai", "Defense Minister Dong Jun"): the nearest entity (`allowed`, when given) with a role that holds
 * every lower-case word before the head ("trade", "defense"; not "top"; a capitalized modifier is `allowed`'s to
 * judge: "the Chinese commerce chief") and ends in a post.
 */
function portfolioHolder(own: string, head: string, firstOf: (posts: string[], allowed: (e: number) => boolean) => number | null, entities: Entity[], allowed: (e: number) => boolean = () => true): number | null {
  if (!PORTFOLIO_HEAD.test(head)) return null;
  const words = own.replace(/['’]s\b/g, '').split(/\s+/).slice(1, -1).filter((w) => w !== 'top' && !/^\p{Lu}/u.test(w));
  if (words.length === 0 || !words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  const holds = (e: number) => entities[e].type === 'person' && allowed(e) && entities[e].roles.some((r) => {
    const rw = r.split(' ');
    return words.every((w) => rw.includes(w));
  });
  return firstOf(PORTFOLIO_POSTS, holds);
}

/**
 * The entity a definite nominal names by its role: "the minister" the nearest entity whose roles or name hold its
 * head noun; with a nationality, place or organization `modifier`, one the article ties to it.
 */
function nominalEntity(ctx: ResolveContext, span: Span, head: string, nationality: Mention | undefined): number | null {
  const { text, entities } = ctx;
  const own = text.slice(span.start, span.end);
  const word = nationality ? text.slice(nationality.start, nationality.end) : '';
  const introduced = nationality?.type === 'misc' ? nationalityForms(word).flatMap((w) => peopleOfNationality(ctx, mentionsBefore(ctx, span.start), w)) : [];
  if (nationality && nationality.end === span.end) {
    // "the Brazilian": the person introduced as one; "the Saudis" is a group
    return /[^s]s$/.test(word) ? null : introduced[0] ?? null;
  }
  const phrase = own.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
  // the role itself, then the roles written for it ("the pontiff" is the pope; "the Russian leader" the Russian
  // president, a title that needs the nation, place or organization to name one person, or "top": "the top diplomat")
  const top = /(?:^|\s)top\s+\S+$/.test(phrase);
  const synonyms = [...(ROLE_SYNONYMS[head] ?? []), ...(nationality || top ? TITLE_SYNONYMS[head] ?? [] : [])];
  const firstOf = (roles: string[], allowed?: (e: number) => boolean) => {
    for (const r of roles) {
      const found = byRole(ctx, span.start, r.split(' ').pop()!, r, allowed);
      if (found !== null) return found;
    }
    return null;
  };
  const firstByRole = (allowed?: (e: number) => boolean) => firstOf([phrase, ...synonyms], allowed);
  // (a description that adds a word the role of the one found lacks may be the paragraph's own person: "the German coach")
  const phraseWords = phrase.split(/\s+/);
  const orOwn = (found: number | null, accept: (e: number) => boolean = () => true) => found === null || top || !/^the\s/i.test(own) || !entities[found].roles.some((r) => r.split(' ').pop() === head) || !addsWordTo(entities[found].roles, phraseWords)
    ? found : paragraphSpeaker(entities, paragraphPeople(ctx, span.start), found, head, synonyms, accept) ?? found;
  if (!nationality) return orOwn(firstByRole()) ?? portfolioHolder(own, head, firstOf, entities);
  // "the Russian minister": a minister the article ties to the modifier (by a role holding it, or, for a nationality,
  // by introducing them with it); else, for a nationality, the one person it gives that nationality at all, else a
  // minister it gives no other nationality
  const modifierWords = word.toLowerCase().split(/\s+/);
  // (a place also by its people's adjective: "Egypt's foreign minister" is the "egyptian foreign minister"; and a
  // nationality by its country's possessive in the role: "the Chinese envoy" is "china's ambassador to the united states")
  // (and an organization or union by its adjective: "the EU trade chief" is the "european trade commissioner")
  const ofPlace = (r: string) => r.split(' ').some((w) => nationality.type !== 'misc' ? sameNation(w, word)
    : /['’]s$/.test(w) && sameNation(word, w.slice(0, -2)));
  const tied = (e: number) => introduced.includes(e) || entities[e].roles.some((r) => ` ${r} `.includes(` ${modifierWords.join(' ')} `) || ofPlace(r));
  const portfolio = (allowed: (e: number) => boolean) => portfolioHolder(own, head, firstOf, entities, allowed);
  // (a nation's leader holds its top post: "the Chinese president" is the one the article calls "Chinese leader")
  const topPost = ['leader', ...TITLE_SYNONYMS.leader].some((p) => phrase.endsWith(` ${p}`));
  const found = firstByRole(tied) ?? portfolio(tied) ?? (topPost ? firstOf(['leader'], tied) : null);
  if (found !== null || nationality.type !== 'misc') return found;
  // (the one person of the nation holding no other post: "Lavrov, Russia's top diplomat" is "the Russian minister")
  const posts = new Set([head, ...synonyms.map((r) => r.split(' ').pop()!), ...(DIPLOMATIC.test(head) ? ['diplomat'] : [])]);
  const otherPost = (e: number) => entities[e].roles.some((r) => {
    const last = r.split(' ').pop()!;
    return POST_HEAD.test(last) && !posts.has(last);
  });
  const nationals = new Set(ctx.mentions.filter((m) => m.type === 'person' && tied(m.entity)).map((m) => m.entity));
  const only = nationals.size === 1 ? [...nationals][0] : null;
  if (only !== null && POST_HEAD.test(head) && !otherPost(only)) return only;
  const nationWords = articleNationWords(ctx);
  // (nor one whom a visit shows to be of another: the host in another nation's capital, a visitor to this one)
  const placed = placedInOtherNation(ctx, mentionsBefore(ctx, span.start), nationalityForms(word));
  const ofNoOtherNation = (e: number) => !otherNationality(entities[e], word, nationWords) && !placed.has(e);
  // (what the name says of the nation, where nothing else does: see nameSaysNationality)
  const byName = (e: number) => (placed.has(e) ? false : nameSaysNationality(entities[e].name, word));
  const named = (e: number) => ofNoOtherNation(e) && byName(e) === true;
  const notOtherNamed = (e: number) => ofNoOtherNation(e) && byName(e) !== false;
  return byRole(ctx, span.start, head, phrase, named) ?? orOwn(byRole(ctx, span.start, head, phrase, notOtherNamed), notOtherNamed)
    // (a person of the nation who holds another post is no candidate: "Xi Jinping met Chinese Premier Li Qiang …
    // the Chinese president")
    ?? ([...nationals].every(otherPost) && POST_HEAD.test(head) ? recentUntitled(ctx, span.start, byName) : null)
    ?? byRole(ctx, span.start, head, phrase, ofNoOtherNation) ?? portfolio(ofNoOtherNation)
    ?? (topPost && nationals.size === 0 ? untitledPerson(ctx, span.start, ofNoOtherNation) : null);
}

/** The paragraph's last speaker before `at` and its last person named as a subject or source there (null where none). */
function paragraphPeople(ctx: ResolveContext, at: number): (number | null)[] {
  const from = paragraphStart(ctx.blocks, at);
  const spoke = ctx.previousSpeakers.filter((s) => s.at >= from && s.at < at).pop();
  const subject = subjectsBetween(ctx, 'people', from, at).filter((m) => m.end <= at).pop();
  return [spoke ? spoke.entity : null, subject ? subject.entity : null];
}

/** The nationality and group words the article uses, lower-cased ("serbian", "republican"). */
function articleNationWords(ctx: ResolveContext): Set<string> {
  const { text } = ctx;
  return new Set(ctx.mentions.filter((m) => m.type === 'misc' && isNationalityLike(text, m)).map((m) => text.slice(m.start, m.end).toLowerCase()));
}

/**
 * The people named before `at` whom the article introduces with a nationality other than `forms` ("Kenyan runner
 * Eliud Kipchoge" for "the Ethiopian"), however the entity layer took their title.
 */
function introducedWithOtherNation(ctx: ResolveContext, at: number, forms: string[]): Set<number> {
  const { text } = ctx;
  const count = mentionsBefore(ctx, at);
  const others = new Set(ctx.mentions.slice(0, count).filter((m) => m.type === 'misc' && m.end <= at && isNationalityLike(text, m)).map((m) => text.slice(m.start, m.end)).filter((w) => !forms.includes(w)));
  return new Set([...[...others].flatMap((w) => peopleOfNationality(ctx, count, w)), ...placedInOtherNation(ctx, count, forms)]);
}

/** How many paragraphs before its own a nationality nominal may reach for the people named bare. */
const UNTITLED_REACH = 2;

/**
 * Of the people named with no title in the paragraph of `at` and the two before (news paragraphs are short: "Wang Yi
 * held talks with Sergei Lavrov … ¶ “…,” the Chinese foreign minister said … ¶ The Russian minister said …"), the
 * one whose name fits the nation (`byName` true), else the one whose name alone does not speak against it; null
 * unless exactly one is: "Xi Jinping met Vladimir Putin … “…,” the Russian president said" is Putin.
 */
function recentUntitled(ctx: ResolveContext, at: number, byName: (entity: number) => boolean | null): number | null {
  let from = paragraphStart(ctx.blocks, at);
  for (let n = 0; n < UNTITLED_REACH; n++) from = previousParagraphStart(ctx.blocks, from);
  const people = new Set<number>();
  for (let i = mentionsBefore(ctx, at) - 1; i >= 0 && ctx.mentions[i].start >= from; i--) {
    const m = ctx.mentions[i];
    if (m.type === 'person' && m.end <= at && ctx.entities[m.entity].roles.length === 0 && !inside(ctx.quoted, m) && !inCaption(ctx, m)) people.add(m.entity);
  }
  const only = (fits: (e: number) => boolean) => {
    const found = [...people].filter(fits);
    return found.length === 1 ? found[0] : null;
  };
  return only((e) => byName(e) === true) ?? only((e) => byName(e) !== false);
}

/**
 * A nation's leader is often named bare ("Xi Jinping arrived in Moscow … “…,” the Chinese president said"): when the
 * article gives the nation to no one and its top post to no one of that nation, the one person named before `at`
 * with no title or role at all that `accept` holds of (not one a visit shows to be of another nation: "Lula received
 * Xi in Brasilia … the Chinese leader" is not Lula); null when there are several.
 */
function untitledPerson(ctx: ResolveContext, at: number, accept: (entity: number) => boolean): number | null {
  let found: number | null = null;
  for (let i = mentionsBefore(ctx, at) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.type !== 'person' || m.end > at || ctx.entities[m.entity].roles.length > 0 || inside(ctx.quoted, m) || inCaption(ctx, m) || !accept(m.entity)) continue;
    if (found !== null && found !== m.entity) return null;
    found = m.entity;
  }
  return found;
}
