import type { RawMention } from '../types';
import { TITLES } from './mentionEdges';

/**
 * Venture firms whose name opens with a word that is also a title ("General Catalyst", "General Atlantic"): the tagger
 * and the title rule (`mentionEdges`) read "General" as a rank and keep "Catalyst" as a person. In a sentence about a
 * funding round (a "funding round", "Series B", a sum "raised", "investors", a "valuation"), a detected mention right
 * after such a title that comes after "led by", "from", "including", "joined by" or "and" is an investor: an
 * organization named with its first word ("General Catalyst"). Outside such a sentence "led by General X" is an
 * officer and stays as it is. Mentions a person tagged or confirmed stay as they are. Pure.
 */
/** What a sentence about a funding round says: a round, a series, a sum raised, investors, a valuation. */
export const FUNDING = /\b(?:funding|financing|investment) round\b|\bSeries [A-F]\b|\b(?:raised|raises|raising)\b[^.;]*?(?:\$|€|£|¥|\bmillion\b|\bbillion\b)|\binvestors\b|\bvaluation\b|\bventure capital\b|\bround (?:was |is |will be )?(?:co-)?led by\b/;
const BEFORE_TITLE = /\b(?:led by|co-led by|joined by|from|including|and|with)\s+(\p{Lu}[\p{Ll}.-]+)\s+$/u;
export const SENTENCE = /[^.!?\n]*(?:[.!?]+|$)/g;

export function fundingInvestors(text: string, mentions: RawMention[]): RawMention[] {
  if (!FUNDING.test(text)) return mentions;
  let out: RawMention[] | null = null;
  for (const s of text.matchAll(SENTENCE)) {
    const from = s.index, to = s.index + s[0].length;
    if (!s[0] || !FUNDING.test(s[0])) continue;
    mentions.forEach((m, i) => {
      if (m.origin !== 'detected' || m.start < from || m.end > to) return;
      const title = BEFORE_TITLE.exec(text.slice(Math.max(from, m.start - 40), m.start));
      if (!title || !TITLES.has(title[1])) return;
      const start = m.start - title[0].length + title[0].indexOf(title[1]);
      if (mentions.some((o) => o !== m && o.end > start && o.start < m.start)) return;
      (out ??= [...mentions])[i] = { ...m, start, type: 'organization' };
    });
  }
  return out ?? mentions;
}
