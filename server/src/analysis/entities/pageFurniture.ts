import type { RawMention } from '../types';
import { lineAt } from './lineAt';

/**
 * Words a news site sets on a line of their own between paragraphs, as page furniture rather than story:
 * "ADVERTISEMENT", "Skip Advertisement", "Sponsored", "Share", "Story continues below". A tagger reads such a line in
 * capitals as an organization's name; it names nobody.
 */
const FURNITURE = /^(?:skip\s+)?(?:advertisement|advertising|sponsored(?:\s+content)?|share(?:\s+this(?:\s+article)?)?|subscribe|scroll\s+to\s+continue|story\s+continues(?:\s+below(?:\s+advertisement)?)?|continue\s+reading)$/i;

/** Drops the mentions that are the whole of a page-furniture line. Pure. */
export function dropPageFurniture(text: string, mentions: RawMention[]): RawMention[] {
  return mentions.filter((m) => m.origin !== 'detected' || !FURNITURE.test(text.slice(m.start, m.end)) || !FURNITURE.test(lineAt(text, m.start).trim()));
}
