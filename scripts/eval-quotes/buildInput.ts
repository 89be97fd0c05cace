/** Builds the quote layer's input for one article: blocks, tokens and sentences per block, entities. */
import { tokenizeBlocks } from '../../server/src/analysis/tokens/tokenizeBlocks';
import type { Block } from '../../server/src/analysis/types';
import type { QuoteInput } from '../../server/src/analysis/quotes/findQuotes';
import { standInEntities } from './standInEntities';

/** Every non-empty line is a paragraph (PolNeAR: one paragraph a line). */
export function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    let s = at, e = at + line.length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) blocks.push({ start: s, end: e, kind: 'paragraph' });
    at += line.length + 1;
  }
  return blocks;
}

export function standInInput(text: string): QuoteInput {
  const blocks = paragraphBlocks(text);
  const { tokens, sentences } = tokenizeBlocks(text, blocks);
  const { mentions, entities } = standInEntities(text, tokens, sentences);
  return { text, blocks, tokens, sentences, mentions, entities };
}
