/**
 * The analysis core's data model. Plain data, no editor or LSP types.
 * Every offset is a UTF-16 code unit index into the article text (a JavaScript string index), end exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'organization' | 'location' | 'misc';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'location', 'misc'];

export type DateType = 'date' | 'time' | 'duration' | 'set';
export const DATE_TYPES: readonly DateType[] = ['date', 'time', 'duration', 'set'];

/** Labels a user can give a span; `none` means "not an entity / not a quote" and suppresses a detection. */
export type TagLabel = EntityType | 'date' | 'quote' | 'none';
export const TAG_LABELS: readonly TagLabel[] = ['person', 'organization', 'location', 'misc', 'date', 'quote', 'none'];

/** Where a span comes from: the detectors, or a decision the user saved. */
export type Origin = 'detected' | 'confirmed' | 'user';

// ---------------------------------------------------------------------------------------------
// Structure

export type BlockKind =
  | 'section' // header: the section label above the title ("WORLD", "Business | Markets", "Opinion")
  | 'title' // header: first line when followed by a source line / tag list
  | 'source' // header: the source line (e.g. "CGTN")
  | 'tags' // header: a JSON array of tags
  | 'timestamp' // header: when the article was published or updated ("Updated 14:32, 22-Nov-2017")
  | 'byline' // header: who wrote it ("By Li Jing")
  | 'paragraph'
  | 'caption' // a photo caption ("… /CGTN Photo", "… (Photo/CGTN)")
  | 'subhead' // a subhead between paragraphs: "WHAT IS THE STRAIT OF HORMUZ?", "1. Innovation first", "Why it matters"
  | 'note' // a note on the story, not of it: "(Reporting by …; Editing by …)", "Source: Xinhua", "Copyright 2025 …"
  | 'fragment'; // a stray short line (e.g. "6km")

export interface Block extends Span {
  kind: BlockKind;
  /** For a caption repeated verbatim: the index of the first block with the same text. */
  duplicateOf?: number;
}

export interface ArticleHeader {
  section?: Span & { text: string };
  title?: Span & { text: string };
  source?: Span & { text: string };
  timestamp?: Span & { text: string };
  byline?: Span & { text: string };
  tags?: Span & { values: string[] };
}

export interface Structure {
  blocks: Block[];
  header: ArticleHeader;
  /** A date printed in the article (caption or dateline) usable as the reference date, if any. */
  printedDate?: Span & { value: string; where: 'header' | 'dateline' | 'caption' };
}

// ---------------------------------------------------------------------------------------------
// Tokens and sentences

export interface Token extends Span {
  text: string;
}

export interface Sentence extends Span {
  /** Index of the first token of the sentence in `tokens`. */
  firstToken: number;
  /** Index one past the last token. */
  endToken: number;
}

// ---------------------------------------------------------------------------------------------
// Entities

/** A recognized (or user-tagged) entity mention before linking. */
export interface RawMention extends Span {
  type: EntityType;
  /** Recognizer confidence in [0, 1] (1 for user tags). */
  score?: number;
  origin?: Origin;
}

export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Index into `Analysis.entities`. */
  entity: number;
  origin: Origin;
  score: number;
}

export interface Entity {
  id: number;
  type: EntityType;
  /** Canonical name: the longest proper mention, e.g. "Wang Yi". */
  name: string;
  /** Other names it goes by in the article ("Wang", "THAAD", …), without the canonical name. */
  aliases: string[];
  /** Indices into `Analysis.mentions`, in text order. */
  mentions: number[];
  /** Index into `Analysis.mentions` of the first full-name mention (Go to Definition target). */
  definition: number;
  /** Role words seen attached to the entity ("Foreign Minister", "President", "minister"), lower-cased. */
  roles: string[];
}

// ---------------------------------------------------------------------------------------------
// Dates

export interface ReferenceDate {
  /** `YYYY-MM-DD`. */
  value: string;
  /** Where it came from, as shown in the hover. */
  source: 'setting' | 'cli' | 'sidecar' | 'header' | 'dateline' | 'caption' | 'file' | 'today';
  /** The span of the text it was read from, when it came from the text. */
  span?: Span;
}

export interface DateMention extends Span {
  text: string;
  type: DateType;
  /** TIMEX3 value: `2017-01-04`, `2017-W02`, `P25Y`, `PRESENT_REF`, `XXXX-XX-XX`, … */
  value: string;
  /** True when the value depends on the reference date (relative or underspecified expression). */
  relative: boolean;
  origin: Origin;
}

// ---------------------------------------------------------------------------------------------
// Quotes

export interface Speaker extends Span {
  /** The mention that attributes the quote, where it stands ("he", "the minister", "Kang"). */
  text: string;
  /** Index into `Analysis.entities` of the entity it resolves to, or null. */
  entity: number | null;
  /** Canonical name of that entity, or the mention's own text when it resolves to nothing. */
  name: string;
}

export interface Quote extends Span {
  /** The quotation, marks included. */
  text: string;
  speaker: Speaker | null;
  origin: Origin;
}

// ---------------------------------------------------------------------------------------------
// The whole analysis

export interface Problem {
  /** Stable code, e.g. `A001`. */
  code: string;
  message: string;
  span?: Span;
  severity: 'error' | 'warning' | 'info';
}

export interface Analysis {
  text: string;
  structure: Structure;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
  referenceDate: ReferenceDate;
  problems: Problem[];
}
