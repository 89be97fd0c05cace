import { parsePrintedDate } from '../dates/parsePrintedDate';
import type { ArticleHeader, Span } from '../types';

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
  return line.length <= 40 && !/[.!?]$/.test(line) && line.split(/\s+/).length <= 5
    && /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}.&'’-]*|of|and|the|for|de|du|la))*$/u.test(line);
}

/**
 * A timestamp line: a short line that prints a full date and is not a sentence ("Updated 14:32, 22-Nov-2017",
 * "Published: Nov 22, 2017 02:32 PM", "2017-11-22 14:32 GMT+8").
 */
function looksLikeTimestamp(line: string): boolean {
  return line.length <= 60 && !/[.!?]$/.test(line) && line.split(/\s+/).length <= 8 && parsePrintedDate(line) !== null;
}

const PERSON = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`;
/** A reporter and where they file from, as a byline without "By": "Jane Doe in Kampala", "Li Jing and Jane Doe in Geneva". */
const REPORTER_IN_PLACE = new RegExp(String.raw`^${PERSON}(?:(?:,\s*|\s+and\s+)${PERSON})*\s+in\s+\p{Lu}[\p{L} .'’-]{1,30}$`, 'u');

/** A byline: "By Li Jing", "By Jane Doe and John Roe, Reuters", "Jane Doe in Kampala". */
function looksLikeByline(line: string): boolean {
  return line.length <= 80 && (/^By\s+\p{Lu}/u.test(line) || REPORTER_IN_PLACE.test(line)) && !/[.!?]$/.test(line);
}

/** A headline: one line, no final full stop, not too long. */
function looksLikeTitle(line: string): boolean {
  return line.length <= 200 && !/[.;:,]$/.test(line);
}

/**
 * Reads the optional header at the top of an article: a title line, then a byline, a source line and a timestamp line
 * (each at most once, in any order), then a JSON tag list, and a byline may stand under the tag list too. The header
 * exists only when the title is followed by at least one of the others, so a plain first paragraph is never mistaken
 * for a title; a byline on the first line ("By Jane Doe" above the dateline) opens a header without a title. Returns
 * the header and how many lines it consumed.
 */
export function readHeader(lines: Line[]): { header: ArticleHeader; consumed: number } {
  const header: ArticleHeader = {};
  const titled = lines.length > 0 && !looksLikeByline(lines[0].text);
  if (titled && (lines.length < 2 || !looksLikeTitle(lines[0].text))) return { header, consumed: 0 };
  let i = titled ? 1 : 0;
  const found: { source?: Line; timestamp?: Line; byline?: Line } = {};
  while (i < lines.length && parseTagList(lines[i].text) === null) {
    const text = lines[i].text;
    // A byline first: "By Li Jing" has the shape of a source line too.
    const kind = !found.byline && looksLikeByline(text) ? 'byline' : !found.timestamp && looksLikeTimestamp(text) ? 'timestamp'
      : !found.source && looksLikeSource(text) ? 'source' : null;
    if (!kind) break;
    found[kind] = lines[i++];
  }
  const values = i < lines.length ? parseTagList(lines[i].text) : null;
  const tags = values ? { ...lines[i++], values } : undefined;
  if (tags && !found.byline && i < lines.length && looksLikeByline(lines[i].text)) found.byline = lines[i++];
  if (!found.source && !found.timestamp && !found.byline && !tags) return { header, consumed: 0 };
  if (titled) header.title = { start: lines[0].start, end: lines[0].end, text: lines[0].text };
  for (const kind of ['source', 'timestamp', 'byline'] as const) {
    const line = found[kind];
    if (line) header[kind] = { start: line.start, end: line.end, text: line.text };
  }
  if (tags) header.tags = { start: tags.start, end: tags.end, values: tags.values };
  return { header, consumed: i };
}
