/**
 * The speaker-like subjects of each paragraph, found in one pass over it and kept for the whole analysis: the unnamed
 * roles that spoke ("A police officer at the scene said"), the phrases that bring in a role a later "the person" names
 * again ("a person familiar with the matter said"), the groups that spoke ("Analysts at Morgan Stanley said",
 * "Residents told"), and the people named as subjects or sources. The rules for "he", "she", "they", "the person"
 * and a paragraph's own speaker look them up by offset (a binary search) instead of walking back through the text
 * once per quotation.
 */
import { firstIndex } from '../sortedSearch';
import type { Block, Mention, Span } from '../types';
import { blockIndexAt } from './paragraphBounds';
import { groupsSpeakingIn, type GroupSpeaking } from './pluralGroup';
import { roleIntroductionsIn, rolesSpeakingIn, type RoleIntroduction, type RoleSpeaking } from './unnamedRole';

/** The subjects of one paragraph (or of a stretch of paragraphs), each kind in text order. */
export interface Subjects {
  roles: RoleSpeaking[];
  introductions: RoleIntroduction[];
  groups: GroupSpeaking[];
  /** People named as the subject of their sentence or as a source, outside quotations. */
  people: Mention[];
  /** Definite descriptions opening their sentence as its subject: "The minister rejected the criticism." */
  nominals: NominalSubject[];
}

/** A definite description as a sentence's subject; `noun` heads it, `until` is where its verb ends. */
export interface NominalSubject extends Span {
  noun: string;
  until: number;
}

/** "The minister rejected", "The Portuguese coach said": a definite phrase opening its sentence, then a verb in -ed or -s. */
const NOMINAL_SUBJECT = /(?:^|[.!?]["”’]?\s+)(?<phrase>The\s+(?:[\p{L}-]+\s+){0,2}?(?<noun>\p{Ll}[\p{Ll}-]*))\s+(?:also\s+)?(?:\p{Ll}+ed|said|told|says|tells)\b/gu;

function nominalsIn(text: string, quoted: readonly Span[], from: number, to: number): NominalSubject[] {
  const out: NominalSubject[] = [];
  const stretch = text.slice(from, to);
  if (!stretch.includes('The ')) return out;
  for (const m of stretch.matchAll(NOMINAL_SUBJECT)) {
    const { phrase, noun } = m.groups!;
    const start = from + m.index! + m[0].indexOf(phrase);
    const span = { start, end: start + phrase.length };
    if (!quoted.some((q) => q.start <= span.start && span.end <= q.end)) out.push({ ...span, noun, until: from + m.index! + m[0].length });
  }
  return out;
}

/** The subjects of the paragraphs asked about so far, each kind found the first time it is asked for (one analysis' memo). */
export interface SubjectIndex {
  source: SubjectSource;
  found: Map<number, Partial<Subjects>>;
}

export interface SubjectSource {
  text: string;
  blocks: Block[];
  /** Quoted spans: what stands inside one is no subject. */
  quoted: readonly Span[];
  mentions: Mention[];
  /** Whether the mentions are sorted by start (so a paragraph's are found by a binary search). */
  sorted: boolean;
  /** Whether a person's mention gives them the floor (a subject or a source, outside captions). */
  isPersonSubject: (m: Mention) => boolean;
}

/** An empty index over `source`: it finds a paragraph's subjects of a kind as `subjectsBetween` first asks for them. */
export const subjectIndex = (source: SubjectSource): SubjectIndex => ({ source, found: new Map() });

/**
 * The subjects of one kind that start between `from` and `at`, in order (whatever ends after `at` is the caller's to
 * pass over). Each paragraph's subjects of a kind are found once, the first time they are asked for: most paragraphs
 * are asked about one kind only ("he" wants roles, "they" groups).
 */
export function subjectsBetween<K extends keyof Subjects>(index: SubjectIndex, kind: K, from: number, at: number): Subjects[K] {
  const { blocks } = index.source;
  const out: Subjects[K][number][] = [];
  const last = blockIndexAt(blocks, at);
  for (let b = Math.max(0, blockIndexAt(blocks, from)); b <= last; b++) {
    if (blocks[b].end <= from) continue;
    let known = index.found.get(b);
    if (!known) index.found.set(b, (known = {}));
    const own = (known[kind] ??= find(index.source, kind, blocks[b].start, blocks[b].end)) as Subjects[K][number][];
    const lo = firstIndex(own, (x) => x.start >= from);
    const hi = firstIndex(own, (x) => x.start >= at);
    for (let i = lo; i < hi; i++) out.push(own[i]);
  }
  return out as Subjects[K];
}

/** The subjects of one kind in the paragraph from `start` to `end`, in order. */
function find<K extends keyof Subjects>(source: SubjectSource, kind: K, start: number, end: number): Subjects[K] {
  const { text, quoted, mentions } = source;
  if (kind === 'roles') return rolesSpeakingIn(text, quoted, start, end) as Subjects[K];
  if (kind === 'introductions') return roleIntroductionsIn(text, start, end) as Subjects[K];
  if (kind === 'groups') return groupsSpeakingIn(text, quoted, start, end) as Subjects[K];
  if (kind === 'nominals') return nominalsIn(text, quoted, start, end) as Subjects[K];
  const own = source.sorted
    ? mentions.slice(firstIndex(mentions, (m) => m.start >= start), firstIndex(mentions, (m) => m.start >= end))
    : mentions.filter((m) => m.start >= start && m.start < end).sort((a, b) => a.start - b.start);
  return own.filter((m) => m.type === 'person' && !quoted.some((q) => q.start <= m.start && m.end <= q.end) && source.isPersonSubject(m)) as Subjects[K];
}
