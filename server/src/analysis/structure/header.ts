import { parsePrintedDate } from '../dates/parsePrintedDate';
import type { ArticleHeader, BlockKind, Span } from '../types';
import { isCaption } from './captions';
import { AGENCIES } from './creditParts';
import { looksLikeSectionLabel } from './sectionLabel';
import { PUBLISHED_AT } from './stamps';

type Line = Span & { text: string };

/** A JSON array of strings alone on a line: the tag list of the article's header, e.g. `["china"]`. */
export function parseTagList(line: string): string[] | null {
  if (!line.startsWith('[') || !line.endsWith(']')) return null;
  try {
    const value: unknown = JSON.parse(line);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  } catch {
    /* not a tag list */
  }
  return null;
}

/**
 * A source line: a short name with no sentence punctuation ("CGTN", "Xinhua News Agency", "CGTN Europe",
 * "People's Daily"). A name capitalizes its words but for a few joiners, which a subtitle ("Talks focus on trade")
 * does not.
 */
function looksLikeSource(line: string): boolean {
  return line.length <= 40 && !/[.!?]$/.test(line) && line.split(/\s+/).length <= 5 && !PAGE_LABEL.test(line)
    && /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}.&'’-]*|of|and|the|for|de|du|la))*$/u.test(line);
}

/** Labels a live or explainer page sets under its title, in the shape of a name but naming no source: "Summary", "Key points". */
const PAGE_LABEL = /^(?:Summary|Key\s+(?:points|events|facts)|Highlights|Latest(?:\s+updates)?|Live(?:\s+updates)?|Breaking(?:\s+news)?|Advertisement|ADVERTISEMENT|Share)$/i;

/** The label some sites print before the source's name: "Source: Xinhua", "Source(s): CGTN", "Sources: Xinhua, CGTN". */
const SOURCE_LABEL = /^Sources?(?:\(s\))?\s*[:：]\s*/;

/**
 * The name of a source line, relative to the line: the whole line when it has the shape of one, or the name after a
 * "Source:" label, whose names a comma may join ("Sources: Xinhua, CGTN").
 */
function sourceName(line: string): (Span & { text: string }) | null {
  const label = SOURCE_LABEL.exec(line);
  if (!label) return looksLikeSource(line) ? { start: 0, end: line.length, text: line } : null;
  const name = line.slice(label[0].length);
  return name.split(/\s*,\s*/).every(looksLikeSource) ? { start: label[0].length, end: line.length, text: name } : null;
}

/**
 * A timestamp line: a short line that prints a full date and is not a sentence ("Updated 14:32, 22-Nov-2017",
 * "Published: Nov 22, 2017 02:32 PM", "2017-11-22 14:32 GMT+8", "October 1, 2025 4:31 PM GMT+8 Updated 2 hours ago").
 */
function looksLikeTimestamp(line: string): boolean {
  if (/[.!?]$/.test(line)) return false;
  // A line that says it is the publication time may print two ("Published: Jan 15, 2026 09:48 PM Updated: Jan 15, 2026 10:12 PM").
  const labelled = PUBLISHED_AT.test(line);
  return line.length <= (labelled ? 90 : 60) && line.split(/\s+/).length <= (labelled ? 14 : 10) && (labelled || parsePrintedDate(line) !== null);
}

const PERSON = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`;
/** A reporter and where they file from, as a byline without "By": "Jane Doe in Kampala", "Li Jing and Jane Doe in Geneva". */
const REPORTER_IN_PLACE = new RegExp(String.raw`^${PERSON}(?:(?:,\s*|\s+and\s+)${PERSON})*\s+in\s+\p{Lu}[\p{L} .'’-]{1,30}$`, 'u');

/** Who wrote or edited the story, said with a label: "Written by Jane Doe", "Editor: Zhang Wei", "Reporters: Li Jing, Jane Doe". */
const CREDIT_LABEL = /^(?:(?:Written|Reported|Text|Story|Words)\s+by\s+|(?:Editor|Reporter|Author|Writer|Correspondent)s?\s*[:：]\s*)\p{Lu}/u;

/** A byline: "By Li Jing", "By Jane Doe and John Roe, Reuters", "Jane Doe in Kampala", "Editor: Zhang Wei". */
function looksLikeByline(line: string): boolean {
  return line.length <= 80 && (/^By\s+\p{Lu}/u.test(line) || CREDIT_LABEL.test(line) || REPORTER_IN_PLACE.test(line)) && !/[.!?]$/.test(line);
}

/** Words of an outlet's name, which no person's name holds: "Sky News", "Jakarta Post", "Straits Times". */
const OUTLET_WORD = /^(?:News|Daily|Times|Post|Agency|Press|Journal|Herald|Network|Radio|Television|TV|Media|Online|Weekly|Tribune|Gazette|Telegraph|Review|Observer|Guardian|Monitor|Broadcasting|Channel|Today|Express|Mail|Report|Insider|Group|Magazine|Service|Wire|Newsroom|Bureau|Desk|Staff|Team)$/;

/**
 * A writer's name alone on the line under the title, as a byline without "By": two to four words, each a capital and
 * lower-case letters ("Li Jing", "Jane Doe", "Ana María Ortiz-Pérez"), none a word of an outlet's name and the whole no
 * known outlet; an acronym ("CGTN Europe") or a joiner ("People's Daily", "Voice of America") shows a source.
 */
function looksLikeWriterName(line: string): boolean {
  const words = line.split(' ');
  return words.length >= 2 && words.length <= 4 && !OUTLET.test(line)
    && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w) && !OUTLET_WORD.test(w));
}

/**
 * A byline that names the outlet after the writers ("By Li Jing, CGTN", "By Jane Doe, CNN"): no source line follows it,
 * and a place under it ("Beijing") is where the story was filed.
 */
const NAMES_OUTLET = new RegExp(String.raw`,\s*(?:${AGENCIES}|\p{Lu}{2,6})$`, 'u');
const namesOutlet = (byline: string) => NAMES_OUTLET.test(byline);

/** A headline: one line, no final full stop, not too long. */
function looksLikeTitle(line: string): boolean {
  return line.length <= 200 && !/[.;:,]$/.test(line);
}

/** The kind of each header line, in order. */
type HeaderKind = Extract<BlockKind, 'caption' | 'section' | 'title' | 'source' | 'timestamp' | 'byline' | 'tags'>;

/**
 * Reads the optional header at the top of an article: a title line, then a byline, a source line and a timestamp line
 * (each at most once, in any order), then a JSON tag list, and a byline or the timestamp may stand under the tag list too. The header
 * exists only when the title is followed by at least one of the others, so a plain first paragraph is never mistaken
 * for a title; a byline on the first line ("By Jane Doe" above the dateline) opens a header without a title. A site's
 * section label ("WORLD", "Business | Markets") or the page's timestamp ("China Daily | Updated: 2025-03-11 07:18")
 * may stand above the title: the first line is one of those when a header opens on the line under it and reaches
 * further than one opening on the first line itself would. Returns the header, how many lines it consumed and the kind
 * of each.
 */
export function readHeader(lines: Line[]): { header: ArticleHeader; consumed: number; kinds: HeaderKind[] } {
  // The caption of the cover picture may stand above it all: the header is read under it.
  if (lines.length > 1 && isCaption(lines[0].text)) {
    const below = readHeader(lines.slice(1));
    if (below.consumed) return { ...below, consumed: below.consumed + 1, kinds: ['caption', ...below.kinds] };
  }
  const plain = readHeaderFrom(lines);
  const above = lines.length ? aboveTitle(lines[0].text) : null;
  if (!above) return plain;
  const below = readHeaderFrom(lines.slice(1));
  if (!below.header.title || below.consumed + 1 <= plain.consumed || below.header[above]) return plain;
  const line = { start: lines[0].start, end: lines[0].end, text: lines[0].text };
  return { header: { [above]: line, ...below.header }, consumed: below.consumed + 1, kinds: [above, ...below.kinds] };
}

/** The name of an agency or an outlet alone: "Global Times", "Xinhua", "China Daily". */
const OUTLET = new RegExp(`^(?:${AGENCIES})$`);

/**
 * What the first line may be when it stands above the title: the source when it names a known outlet ("Global Times"
 * above the title is who published it, not a section of the site), a section label, or the page's timestamp.
 */
function aboveTitle(line: string): 'source' | 'section' | 'timestamp' | null {
  return OUTLET.test(line) ? 'source' : looksLikeSectionLabel(line) ? 'section' : looksLikeTimestamp(line) ? 'timestamp' : null;
}

function readHeaderFrom(lines: Line[]): { header: ArticleHeader; consumed: number; kinds: HeaderKind[] } {
  const header: ArticleHeader = {};
  const none = { header, consumed: 0, kinds: [] };
  const titled = lines.length > 0 && !looksLikeByline(lines[0].text);
  if (titled && (lines.length < 2 || !looksLikeTitle(lines[0].text))) return none;
  let i = titled ? 1 : 0;
  const found: { source?: Line; timestamp?: Line; byline?: Line } = {};
  const kinds: HeaderKind[] = titled ? ['title'] : [];
  while (i < lines.length && parseTagList(lines[i].text) === null) {
    const text = lines[i].text;
    // A byline first: "By Li Jing" has the shape of a source line too.
    const kind = !found.byline && (looksLikeByline(text) || (titled && looksLikeWriterName(text))) ? 'byline' : !found.timestamp && looksLikeTimestamp(text) ? 'timestamp'
      : !found.source && !(found.byline && namesOutlet(found.byline.text)) && sourceName(text) ? 'source' : null;
    if (!kind) break;
    found[kind] = lines[i++];
    kinds.push(kind);
  }
  const values = i < lines.length ? parseTagList(lines[i].text) : null;
  const tags = values ? { ...lines[i++], values } : undefined;
  if (tags) kinds.push('tags');
  // Under the tag list, a byline and the timestamp the lines above did not hold, in either order.
  while (tags && i < lines.length) {
    const text = lines[i].text;
    const kind = !found.byline && looksLikeByline(text) ? 'byline' : !found.timestamp && looksLikeTimestamp(text) ? 'timestamp' : null;
    if (!kind) break;
    found[kind] = lines[i++];
    kinds.push(kind);
  }
  if (!found.source && !found.timestamp && !found.byline && !tags) return none;
  if (titled) header.title = { start: lines[0].start, end: lines[0].end, text: lines[0].text };
  for (const kind of ['timestamp', 'byline'] as const) {
    const line = found[kind];
    if (line) header[kind] = { start: line.start, end: line.end, text: line.text };
  }
  // The source is its name, less a label before it ("Source: Xinhua" → "Xinhua").
  const name = found.source && sourceName(found.source.text);
  if (found.source && name) header.source = { start: found.source.start + name.start, end: found.source.start + name.end, text: name.text };
  if (tags) header.tags = { start: tags.start, end: tags.end, values: tags.values };
  return { header, consumed: i, kinds };
}
