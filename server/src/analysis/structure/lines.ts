import type { Span } from '../types';

/** The non-empty lines of a text, trimmed of surrounding white space (CR of CRLF included). */
export function nonEmptyLines(text: string): (Span & { text: string })[] {
  const lines: (Span & { text: string })[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10 /* \n */) {
      let start = lineStart;
      let end = i;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      if (end > start) lines.push({ start, end, text: text.slice(start, end) });
      lineStart = i + 1;
    }
  }
  return lines;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}
