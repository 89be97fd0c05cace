import type { RawMention } from '../types';
import { lineAt } from './lineAt';

/**
 * "WHO" in capitals, in running text, is the World Health Organization: nobody writes the pronoun so outside an
 * all-capitals headline. A tagger trained on lower-cased features reads it as the pronoun and leaves it out ("the WHO
 * said", "WHO chief Tedros"). Each such "WHO" not covered by a mention becomes an organization, unless its line is
 * written in capitals. Pure.
 */
const WHO = /(?<![\p{L}\p{N}])WHO(?![\p{L}\p{N}])/gu;

export function whoAcronym(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes('WHO')) return mentions;
  const added: RawMention[] = [];
  for (const m of text.matchAll(WHO)) {
    const start = m.index, end = start + 3;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    if (!/\p{Ll}/u.test(lineAt(text, start))) continue;
    added.push({ start, end, type: 'organization', score: 0.7, origin: 'detected' });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}
