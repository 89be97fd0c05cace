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

/** A source line: a short name with no sentence punctuation ("CGTN", "Xinhua News Agency", "Reuters"). */
function looksLikeSource(line: string): boolean {
  return line.length <= 40 && /^[\p{Lu}\p{N}][\p{L}\p{N} .&'-]*$/u.test(line) && !/[.!?]$/.test(line) && line.split(/\s+/).length <= 5;
}

/**
 * A timestamp line: a short line that prints a full date and is not a sentence ("Updated 14:32, 22-Nov-2017",
 * "Published: Nov 22, 2017 02:32 PM", "2017-11-22 14:32 GMT+8").
 */
function looksLikeTimestamp(line: string): boolean {
  return line.length <= 60 && !/[.!?]$/.test(line) && line.split(/\s+/).length <= 8 && parsePrintedDate(line) !== null;
}

/** A headline: one line, no final full stop, not too long. */
function looksLikeTitle(line: string): boolean {
  return line.length <= 200 && !/[.;:,]$/.test(line);
}

/**
 * Reads the optional header at the top of an article: a title line, then a source line and/or a timestamp line (in
 * either order), then a JSON tag list. The header exists only when the title is followed by at least one of the
 * others, so a plain first paragraph is never mistaken for a title. Returns the header and how many lines it consumed.
 */
export function readHeader(lines: Line[]): { header: ArticleHeader; consumed: number } {
  const header: ArticleHeader = {};
  if (lines.length < 2 || !looksLikeTitle(lines[0].text)) return { header, consumed: 0 };
  let i = 1;
  let source: Line | undefined;
  let timestamp: Line | undefined;
  let tags: (Line & { values: string[] }) | undefined;
  for (let k = 0; k < 2 && i < lines.length && parseTagList(lines[i].text) === null; k++) {
    if (!timestamp && looksLikeTimestamp(lines[i].text)) timestamp = lines[i++];
    else if (!source && looksLikeSource(lines[i].text)) source = lines[i++];
    else break;
  }
  const values = i < lines.length ? parseTagList(lines[i].text) : null;
  if (values) tags = { ...lines[i++], values };
  if (!source && !tags && !timestamp) return { header, consumed: 0 };
  header.title = { start: lines[0].start, end: lines[0].end, text: lines[0].text };
  if (source) header.source = { start: source.start, end: source.end, text: source.text };
  if (timestamp) header.timestamp = { start: timestamp.start, end: timestamp.end, text: timestamp.text };
  if (tags) header.tags = { start: tags.start, end: tags.end, values: tags.values };
  return { header, consumed: i };
}
