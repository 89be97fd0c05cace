import { isBegin, labelType, O } from './labels';

export interface Chunk {
  /** First token (inclusive) and last token (exclusive), in the sentence. */
  start: number;
  end: number;
  /** Type code: PER, ORG, LOC or MISC. */
  type: string;
}

/** Reads IOB2 labels into chunks; a stray I- label starts a chunk. */
export function labelsToChunks(labels: ArrayLike<number>): Chunk[] {
  const chunks: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === O) { cur = null; continue; }
    const type = labelType(l);
    if (cur && !isBegin(l) && cur.type === type) { cur.end = i + 1; continue; }
    cur = { start: i, end: i + 1, type };
    chunks.push(cur);
  }
  return chunks;
}
