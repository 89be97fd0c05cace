import type { RawMention, Token } from '../types';
import { LABEL_TYPE } from './labels';
import { labelsToChunks } from './labelsToChunks';

/** Tokens a mention never starts or ends with: punctuation, quotes, the possessive. */
const EDGE = /^(?:[^\p{L}\p{N}]+|['’][sS])$/u;
/** Words of a photo or video credit that follow an agency's name ("/Xinhua Photo", "Reuters File"). */
const CREDIT = /^(?:Photo|Photos|PHOTO|File|FILE|Video|VIDEO)$/;

/**
 * Appends to `out` the mentions of one sentence's IOB2 labels: each chunk trimmed of edge punctuation and of a
 * trailing credit word, scored with the lowest confidence of its tokens. `toks`: the sentence's tokens.
 */
export function chunksToMentions(toks: readonly Token[], labels: ArrayLike<number>, confidence: ArrayLike<number>, out: RawMention[]): void {
  for (const c of labelsToChunks(labels)) {
    let a = c.start, b = c.end;
    while (a < b && EDGE.test(toks[a].text)) a++;
    while (b > a && EDGE.test(toks[b - 1].text)) b--;
    if (c.type === 'ORG' && b - a > 1 && CREDIT.test(toks[b - 1].text)) b--;
    while (b > a && EDGE.test(toks[b - 1].text)) b--;
    if (a >= b) continue;
    let score = 1;
    for (let i = c.start; i < c.end; i++) score = Math.min(score, confidence[i]);
    out.push({ start: toks[a].start, end: toks[b - 1].end, type: LABEL_TYPE[c.type], score, origin: 'detected' });
  }
}
