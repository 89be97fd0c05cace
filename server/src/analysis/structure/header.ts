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

/** A headline: one line, no final full stop, not too long. */
function looksLikeTitle(line: string): boolean {
  return line.length <= 200 && !/[.;:,]$/.test(line);
}

/**
 * Reads the optional header at the top of an article: a title line, then a source line and/or a JSON tag list.
 * The header exists only when the title is followed by at least one of the other two, so a plain first paragraph
 * is never mistaken for a title. Returns the header and how many of the first lines it consumed.
 */
export function readHeader(lines: Line[]): { header: ArticleHeader; consumed: number } {
  const header: ArticleHeader = {};
  if (lines.length < 2 || !looksLikeTitle(lines[0].text)) return { header, consumed: 0 };
  let i = 1;
  let source: Line | undefined;
  let tags: (Line & { values: string[] }) | undefined;
  if (i < lines.length && parseTagList(lines[i].text) === null && looksLikeSource(lines[i].text)) source = lines[i++];
  const values = i < lines.length ? parseTagList(lines[i].text) : null;
  if (values) tags = { ...lines[i++], values };
  if (!source && !tags) return { header, consumed: 0 };
  header.title = { start: lines[0].start, end: lines[0].end, text: lines[0].text };
  if (source) header.source = { start: source.start, end: source.end, text: source.text };
  if (tags) header.tags = { start: tags.start, end: tags.end, values: tags.values };
  return { header, consumed: i };
}
