import type { Sentence, Token } from '../types';

/**
 * Splits text into word tokens and sentences. Offsets are relative to `text`.
 * Tokens follow Penn/CoNLL conventions where it matters for tagging: punctuation is its own token,
 * the possessive `'s` and contractions (`n't`) are split off, hyphenated words and abbreviations with
 * inner dots (U.S., Jan.) stay whole.
 */
const TOKEN_RE =
  /(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|Jr|Sr|Inc|Co|Corp|Ltd|No|vs)\.(?=\s)|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|km|kg|m)?|'s\b|n't\b|'(?:re|ve|ll|d|m)\b|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\.{3}|[^\s]/gu;

const SENTENCE_END = /^[.!?]$|^\.{3}$/;

export function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index!;
    tokens.push({ start, end: start + m[0].length, text: m[0] });
  }
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    sentences.push({ start: tokens[first].start, end: tokens[endToken - 1].end, firstToken: first, endToken });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // A line break always ends a sentence (paragraphs, captions, header lines).
    if (next && text.slice(t.end, next.start).includes('\n')) {
      close(i + 1);
      continue;
    }
    if (SENTENCE_END.test(t.text) && next) {
      // Closing quotes and brackets stay with the sentence they end.
      let j = i + 1;
      while (j < tokens.length && /^["'”’)\]]$/.test(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
      const after = tokens[j];
      if (!after || /^[\p{Lu}\d"“'‘(]/u.test(after.text)) {
        close(j);
        i = j - 1;
      }
    }
  }
  close(tokens.length);
  return { tokens, sentences };
}
