import type { Span } from '../analysis/types';

/**
 * Whole-word occurrences of `needle` in `text`: what "Tag every occurrence" tags. Pure, and shared with the editor's
 * Tag picker, which offers an "Every …" label only where it would change one of them.
 */
export function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  const isWord = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
    const end = i + needle.length;
    if ((isWord(needle[0]) && isWord(text[i - 1])) || (isWord(needle[needle.length - 1]) && isWord(text[end]))) continue;
    spans.push({ start: i, end });
  }
  return spans;
}
