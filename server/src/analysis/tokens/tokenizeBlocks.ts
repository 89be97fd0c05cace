import type { Sentence, Span, Token } from '../types';
import { tokenize } from './tokenize';

/**
 * Tokens and sentences of a whole text, tokenized block by block (as the pipeline does) and shifted to document
 * offsets. For scripts and tests that need a document's tokens without the whole pipeline.
 */
export function tokenizeBlocks(text: string, blocks: readonly Span[]): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const b of blocks) {
    const r = tokenize(text.slice(b.start, b.end));
    const base = tokens.length;
    for (const t of r.tokens) tokens.push({ start: t.start + b.start, end: t.end + b.start, text: t.text });
    for (const s of r.sentences) sentences.push({ start: s.start + b.start, end: s.end + b.start, firstToken: s.firstToken + base, endToken: s.endToken + base });
  }
  return { tokens, sentences };
}
